// `import TYPE_FILES from 'virtual:example-types'`: the type service's files (TypeScript's lib
// files and the packages' declarations, src/site/example-types.ts) as a module of the worker's
// bundle, so they are served from the site itself and load only with the service.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { exampleTypeFiles, exampleTypeSources } from './example-types.ts';

const ID = 'virtual:example-types';
const RESOLVED = `\0${ID}`;

/** The Vite plugin behind `virtual:example-types` (a worker plugin in builds: vite `worker.plugins`). */
export function exampleTypesModule(): Plugin {
  return {
    name: 'hub-example-types',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // In dev, a change to a library's sources regenerates the declarations.
      for (const file of exampleTypeSources()) this.addWatchFile(resolve(file));
      return `export default ${JSON.stringify(exampleTypeFiles())};`;
    },
  };
}
