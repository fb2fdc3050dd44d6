// Astro wiring only: content goes through src/markdown (markdown-it, shiki, MathJax), not remark.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// One repository deploys as a user site (BASE_PATH=/) or a project site (BASE_PATH=/<repo>/).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  integrations: [sitemap()],
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
    // The TeXchat relay the page connects to by default (docs: content/texchat/relay.md).
    define: {
      'import.meta.env.TEXCHAT_RELAY_URL': JSON.stringify(process.env.TEXCHAT_RELAY_URL ?? ''),
    },
  },
});
