// `import url from 'lazy-chunk:./module.ts'` gives the URL of `module.ts` built as its own chunk,
// for `import(/* @vite-ignore */ url)`. A plain `import('./module.ts')` makes Vite add its preload
// helper (about 1 KB gzipped) to the importing script, which on most pages is all their
// JavaScript; the lazy chunk needs no preloading.
import type { Plugin } from 'vite';
import { resolve, dirname } from 'node:path';

const PREFIX = 'lazy-chunk:';
const RESOLVED = '\0lazy-chunk:';

/** The Vite plugin behind the `lazy-chunk:` imports. */
export function lazyChunks(): Plugin {
  let serving = false;
  return {
    name: 'hub-lazy-chunk',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source, importer) {
      if (!source.startsWith(PREFIX) || !importer) return undefined;
      return RESOLVED + resolve(dirname(importer), source.slice(PREFIX.length));
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const file = id.slice(RESOLVED.length);
      // In dev, Vite serves the module itself; in a build it becomes a chunk with a hashed name.
      if (serving || this.environment?.config.consumer !== 'client')
        return `export default ${JSON.stringify('/@fs' + file)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
