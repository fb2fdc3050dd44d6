// `import url from 'lazy-chunk:./module.ts'` gives the URL of `module.ts` built as its own chunk,
// for `import(/* @vite-ignore */ url)`. A plain `import('./module.ts')` makes Vite add its preload
// helper (about 1 KB gzipped) to the importing script, which on most pages is all their
// JavaScript; the lazy chunk needs no preloading.
// `after-paint-chunk:` does the same for a module a page loads unasked right after its first paint:
// the custom elements of the runnable examples and demos (src/components/RunExamples.astro, …).
// They only add buttons to content that reads without them. Loaded as module scripts, a chain of
// three requests (entry, element, Vite's preload helper) sat ahead of the first paint of a
// throttled phone, and Lighthouse counted it: mobile performance 99 on /datastore/. Its chunk is
// named `after-paint-<name>`, so the page budget (scripts/_budget.ts) counts it with the page's
// eager scripts, while a `lazy-chunk:` loads on use only.
import type { Plugin } from 'vite';
import { basename, dirname, extname, resolve } from 'node:path';

const PREFIXES = ['lazy-chunk:', 'after-paint-chunk:'] as const;
/** The name prefix of the chunks loaded after the first paint (`after-paint-playground-element.<hash>.js`). */
export const AFTER_PAINT_CHUNK = 'after-paint-';

/** The Vite plugin behind the `lazy-chunk:` and `after-paint-chunk:` imports. */
export function lazyChunks(): Plugin {
  let serving = false;
  return {
    name: 'hub-lazy-chunk',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source, importer) {
      const prefix = PREFIXES.find((candidate) => source.startsWith(candidate));
      if (!prefix || !importer) return undefined;
      return `\0${prefix}${resolve(dirname(importer), source.slice(prefix.length))}`;
    },
    load(id) {
      const prefix = PREFIXES.find((candidate) => id.startsWith(`\0${candidate}`));
      if (!prefix) return undefined;
      const file = id.slice(prefix.length + 1);
      // In dev, Vite serves the module itself; in a build it becomes a chunk with a hashed name.
      if (serving || this.environment?.config.consumer !== 'client')
        return `export default ${JSON.stringify('/@fs' + file)};`;
      const name =
        prefix === 'after-paint-chunk:'
          ? `${AFTER_PAINT_CHUNK}${basename(dirname(file))}-${basename(file, extname(file))}`
          : undefined;
      const reference = this.emitFile({ type: 'chunk', id: file, ...(name ? { name } : {}) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
