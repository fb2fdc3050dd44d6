// The packages examples can import, by the names readers install them under. Their values print
// through their own `nodejs.util.inspect.custom` (a key as `Key('/hello')`), as in Node.
import * as datastore from '@project-hub/datastore';
import * as dronestore from '@project-hub/dronestore';
import * as texchat from '@project-hub/texchat';
import type { ModuleMap } from './execute.ts';

/** Library modules by the bare name examples import them with. */
export const LIBRARIES: ModuleMap = {
  '@project-hub/datastore': datastore,
  '@project-hub/dronestore': dronestore,
  '@project-hub/texchat': texchat,
};
