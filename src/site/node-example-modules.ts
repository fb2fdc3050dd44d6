// The modules a Node-only example (```ts run node) may import: the browser examples' libraries,
// the Node backends (fs, sqlite), and the Node built-ins an example needs for a path. `node:os`'s
// `tmpdir()` answers a fresh directory of this one run, removed afterwards, so an example that
// writes below `tmpdir()` runs as written in a reader's Node and leaves nothing behind at build.
import { mkdtemp, rm } from 'node:fs/promises';
import * as nodeFs from 'node:fs';
import * as nodeFsPromises from 'node:fs/promises';
import * as nodeOs from 'node:os';
import * as nodePath from 'node:path';
import * as datastoreFs from '@project-hub/datastore/fs';
import * as datastoreSqlite from '@project-hub/datastore/sqlite';
import type { ModuleMap } from '../playground/execute.ts';
import { LIBRARIES } from '../playground/libraries.ts';

/** The modules of one Node example's run, and the removal of its temporary directory. */
export interface NodeExampleModules {
  modules: ModuleMap;
  /** Removes the run's temporary directory and everything the example left in it. */
  cleanUp(): Promise<void>;
}

/** Creates a fresh temporary directory and the module map whose `tmpdir()` returns it. */
export async function nodeExampleModules(): Promise<NodeExampleModules> {
  const dir = await mkdtemp(nodePath.join(nodeOs.tmpdir(), 'project-hub-example-'));
  const os = { ...nodeOs, tmpdir: () => dir };
  const modules: ModuleMap = {
    ...LIBRARIES,
    '@project-hub/datastore/fs': datastoreFs,
    '@project-hub/datastore/sqlite': datastoreSqlite,
    'node:fs': nodeFs,
    'node:fs/promises': nodeFsPromises,
    'node:os': { ...os, default: os },
    'node:path': nodePath,
  };
  return { modules, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}
