// The libraries examples can import by bare name ('datastore', 'dronestore', 'texchat'). Their values print
// through their own `nodejs.util.inspect.custom` (a key as `Key('/hello')`), as in Node.
import * as datastore from '../lib/datastore/index.ts';
import * as dronestore from '../lib/dronestore/index.ts';
import * as texchat from '../lib/texchat/index.ts';
import type { ModuleMap } from './execute.ts';

/** Library modules by the bare name examples import them with. */
export const LIBRARIES: ModuleMap = { datastore, dronestore, texchat };
