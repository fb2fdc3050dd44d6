// The libraries as the runner worker loads them. The three small ones, which nearly every example
// imports, are part of the worker's own chunk, so a spare has them ready. The browser backends
// are chunks of their own, imported only when an example names them: a worker starts without the
// git backend (isomorphic-git, a Buffer polyfill) or IndexedDB's idb unless its example uses them.
// The build imports them all at once (libraries.ts); a unit test checks that both offer the same
// names and modules.
import * as datastore from '@project-hub/datastore';
import * as dronestore from '@project-hub/dronestore';
import * as texchat from '@project-hub/texchat';
import type { ModuleMap } from './run-compiled.ts';

type Loader = () => Promise<object>;

/** How each importable name is loaded, in the order the "cannot import" error lists them. */
export const LIBRARY_LOADERS: Readonly<Record<string, Loader>> = {
  '@project-hub/datastore': () => Promise.resolve(datastore),
  '@project-hub/datastore/git': async () => {
    await import('./_buffer-global.ts'); // isomorphic-git reads the global as it loads
    return import('@project-hub/datastore/git');
  },
  '@project-hub/datastore/indexeddb': () => import('@project-hub/datastore/indexeddb'),
  '@project-hub/dronestore': () => Promise.resolve(dronestore),
  '@project-hub/texchat': () => Promise.resolve(texchat),
};

/** Every name an example may import. */
export const IMPORTABLE: readonly string[] = Object.keys(LIBRARY_LOADERS);

/** What every run gets, named or not: the libraries in the worker's own chunk. The datastore is
 * always among them: the store inspector wraps its classes, also for a dronestore-only example. */
export const BUNDLED: readonly string[] = [
  '@project-hub/datastore',
  '@project-hub/dronestore',
  '@project-hub/texchat',
];

/**
 * The libraries compiled example code may need: every importable name that appears in it (an
 * import became `require('<name>')`). A name inside a string or a comment loads a library for
 * nothing, which is harmless; a name built at run time is not seen, and `require` says so.
 */
export function librariesNamedIn(js: string): string[] {
  return IMPORTABLE.filter((name) => BUNDLED.includes(name) || js.includes(name));
}

/** Loads `names` (each library once per worker) into a module map. */
export async function loadLibraries(names: readonly string[]): Promise<ModuleMap> {
  const entries = await Promise.all(names.map(async (name) => [name, await load(name)] as const));
  return Object.fromEntries(entries);
}

// --- Internal helpers ---

const loading = new Map<string, Promise<object>>();

function load(name: string): Promise<object> {
  const loader = Object.hasOwn(LIBRARY_LOADERS, name) ? LIBRARY_LOADERS[name] : undefined;
  if (!loader) return Promise.reject(new Error(`[playground] unknown library '${name}'`));
  let module = loading.get(name);
  if (!module) loading.set(name, (module = loader()));
  return module;
}
