// The libraries examples can import by bare name ('datastore', 'dronestore'), and how their values print.
import * as datastore from '../lib/datastore/index.ts';
import * as dronestore from '../lib/dronestore/index.ts';
import type { FormatOptions } from './format.ts';
import type { ModuleMap } from './execute.ts';

/** Library modules by the bare name examples import them with. */
export const LIBRARIES: ModuleMap = { datastore, dronestore };

/** Formatting of library values: a datastore key prints as `Key('/hello')`. */
export const LIBRARY_FORMAT: FormatOptions = {
  inspect(value) {
    return value instanceof datastore.Key ? `Key('${String(value)}')` : undefined;
  },
};
