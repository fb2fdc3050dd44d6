// Astro wiring only: content goes through src/markdown (markdown-it, shiki, MathJax), not remark.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/site/search-index.ts';
import { trailingSlashRedirect } from './src/site/trailing-slash.ts';
import { lazyChunks } from './src/site/lazy-chunk.ts';
import { devContentErrors } from './src/site/dev-content-error.ts';
import { sourceCondition } from './package-conditions.ts';

// One repository deploys as a user site (BASE_PATH=/) or a project site (BASE_PATH=/<repo>/).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// HUB_CACHE_DIR keeps a benchmark's or test's build caches apart from node_modules/.astro.
const cacheDir = process.env.HUB_CACHE_DIR || undefined;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  // The search index is written after the pages: Pagefind reads the built HTML. In dev, content
  // errors after start-up reach the browser's error overlay.
  integrations: [sitemap(), searchIndex(), devContentErrors()],
  vite: {
    // The libraries are imported by package name and resolved to their TypeScript sources.
    // `/datastore` redirects to `/datastore/` in dev and preview, as GitHub Pages does; the page
    // script imports search as a `lazy-chunk:` (src/site/lazy-chunk.ts).
    plugins: [sourceCondition(), trailingSlashRedirect(), lazyChunks()],
    // The largest chunk is the TeXchat demo's MathJax (1.7 MB, loaded only when a chat starts).
    build: { chunkSizeWarningLimit: 1800 },
    // Module workers, split into chunks: the runner worker imports each library only when an
    // example names it (src/playground/library-loaders.ts).
    worker: { format: 'es' },
    // The TeXchat relay the page connects to by default (docs: content/texchat/relay.md).
    define: {
      'import.meta.env.TEXCHAT_RELAY_URL': JSON.stringify(process.env.TEXCHAT_RELAY_URL ?? ''),
    },
  },
});
