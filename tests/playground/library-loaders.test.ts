// The runner worker's libraries: the same names and modules as the build's, and only those an
// example names loaded (besides the ones bundled in the worker).
import { describe, expect, it } from 'vitest';
import { LIBRARIES } from '../../src/playground/libraries.ts';
import {
  BUNDLED,
  IMPORTABLE,
  LIBRARY_LOADERS,
  librariesNamedIn,
  loadLibraries,
} from '../../src/playground/library-loaders.ts';

const GIT = '@project-hub/datastore/git';
const INDEXEDDB = '@project-hub/datastore/indexeddb';

describe('the libraries the runner worker loads', () => {
  it('are the build’s, by the same names in the same order', async () => {
    expect(IMPORTABLE).toEqual(Object.keys(LIBRARIES));
    for (const [name, load] of Object.entries(LIBRARY_LOADERS))
      expect(await load(), name).toBe(LIBRARIES[name]);
  });

  it('bundle the datastore (which the store inspector wraps), dronestore and texchat', () => {
    expect(BUNDLED).toEqual([
      '@project-hub/datastore',
      '@project-hub/dronestore',
      '@project-hub/texchat',
    ]);
    expect(librariesNamedIn('console.log(1)')).toEqual(BUNDLED);
  });

  it('add a browser backend only when the compiled code names it', () => {
    expect(librariesNamedIn("var _git = require('@project-hub/datastore/git');")).toEqual([
      '@project-hub/datastore',
      GIT,
      '@project-hub/dronestore',
      '@project-hub/texchat',
    ]);
    expect(librariesNamedIn('require("@project-hub/datastore/indexeddb")')).toContain(INDEXEDDB);
    expect(librariesNamedIn('require("@project-hub/datastore/indexeddb")')).not.toContain(GIT);
  });

  it('load into a module map, each library once', async () => {
    const first = await loadLibraries([GIT]);
    const second = await loadLibraries([GIT, '@project-hub/texchat']);
    expect(Object.keys(second)).toEqual([GIT, '@project-hub/texchat']);
    expect(second[GIT]).toBe(first[GIT]);
    await expect(loadLibraries(['constructor'])).rejects.toThrow("unknown library 'constructor'");
  });
});
