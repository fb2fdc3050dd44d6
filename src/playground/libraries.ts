// The packages examples can import, by the names readers install them under. Their values print
// through their own `nodejs.util.inspect.custom` (a key as `Key('/hello')`), as in Node.
import './_buffer-global.ts'; // before the git backend: isomorphic-git reads the global
import * as datastore from '@project-hub/datastore';
import * as datastoreGit from '@project-hub/datastore/git';
import * as datastoreIndexedDB from '@project-hub/datastore/indexeddb';
import * as dronestore from '@project-hub/dronestore';
import * as texchat from '@project-hub/texchat';
import type { ModuleMap } from './execute.ts';

/** Library modules by the bare name examples import them with. */
export const LIBRARIES: ModuleMap = {
  '@project-hub/datastore': datastore,
  // The browser-ready backends: git over createMemoryFs(), and IndexedDB. The Node-only ones
  // (fs, sqlite, redis, memcached) are never bundled into the page.
  '@project-hub/datastore/git': datastoreGit,
  '@project-hub/datastore/indexeddb': datastoreIndexedDB,
  '@project-hub/dronestore': dronestore,
  '@project-hub/texchat': texchat,
};
