// The per-file environment markdown-it threads through every rule: where we are, what we found.
import { contentIdOf } from './content-id.ts';
import type { RunnableExample } from './plugins/runnable-fence.ts';

/** A heading of the page, for the table of contents and for checking `#fragment` links. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An internal link or image seen in a page, checked once every page is known. */
export interface LinkReference {
  /** 1-based line in the content file. */
  line: number;
  /** What the author wrote. */
  written: string;
  /** Content id of the target page (`datastore/api`, `''` for home), or undefined for a public/ asset. */
  targetId: string | undefined;
  /** Path under public/ for an asset (`favicon.svg`), when targetId is undefined. */
  assetPath?: string;
  /** The `#fragment`, without `#`, if any. */
  fragment?: string;
}

/** State for rendering one content file. */
export interface RenderEnv {
  // markdown-it's Env is an open record; plugins may add their own fields.
  [key: string | symbol]: unknown;
  /** Content file as shown in messages, relative to the project root: `content/datastore/index.md`. */
  file: string;
  /** The same file relative to the content folder: `datastore/index.md`. */
  contentPath: string;
  /** Content id of this file: `datastore`, `datastore/api`, or `''` for the home page. */
  id: string;
  /** Lines of frontmatter before the body, so that reported lines are lines of the file. */
  lineOffset: number;
  headings: Heading[];
  links: LinkReference[];
  /** Runnable examples found by the runnable-fence plugin. */
  examples: RunnableExample[];
}

/** A fresh environment for rendering `contentPath` (shown as `file` in messages). */
export function createRenderEnv(
  contentPath: string,
  file = contentPath,
  lineOffset = 0,
): RenderEnv {
  const id = contentIdOf(contentPath);
  return { file, contentPath, id, lineOffset, headings: [], links: [], examples: [] };
}

/** The 1-based line of the content file for a token's `map[0]`. */
export function fileLine(env: RenderEnv, mapStart: number): number {
  return env.lineOffset + mapStart + 1;
}
