// The search index: an Astro integration that runs Pagefind over the built pages after every
// `astro build` (so `npm run build`, the e2e build and the Lighthouse build all ship it).
//
// Pages mark what is indexed: `data-pagefind-body` on the article, `data-pagefind-meta="title"`
// on its title, `data-pagefind-filter="project"` for the project filter (DocsLayout.astro).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Writes `<outDir>/pagefind/`; a Pagefind error fails the build with its message. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'hub-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // Code identifiers such as `LRUCache` or `put()` and key paths stay searchable.
          includeCharacters: '_$',
        });
        if (!index) throw new Error(`[search] Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          fail('indexing', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          fail('writing the index', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`[search] Pagefind failed ${step}: ${errors.join('; ')}`);
}
