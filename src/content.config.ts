// One collection, `docs`: every markdown file under content/, rendered by src/markdown.
import { defineCollection } from 'astro:content';
import { EntrySchema } from './site/frontmatter.ts';
import { contentLoader } from './site/loader.ts';

// HUB_CONTENT_DIR points the build at another content folder (the build benchmark's generated pages).
const dir = process.env['HUB_CONTENT_DIR'] || 'content';

export const collections = {
  docs: defineCollection({ loader: contentLoader({ dir }), schema: EntrySchema }),
};
