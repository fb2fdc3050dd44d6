// One collection, `docs`: every markdown file under content/, rendered by src/markdown.
import { defineCollection } from 'astro:content';
import { EntrySchema } from './site/frontmatter.ts';
import { contentLoader } from './site/loader.ts';

export const collections = {
  docs: defineCollection({ loader: contentLoader({ dir: 'content' }), schema: EntrySchema }),
};
