// The content pipeline: markdown-it with shiki, MathJax, heading anchors and link checking.
import MarkdownIt from 'markdown-it';
import { fromHighlighter } from '@shikijs/markdown-it/core';
import type { BundledLanguage } from 'shiki';
import { CODE_THEMES, loadHighlighter } from './highlighter.ts';
import { createRenderEnv, type Heading, type LinkReference } from './env.ts';
import { fenceLanguages } from './plugins/fence-languages.ts';
import { headingAnchors } from './plugins/heading-anchors.ts';
import { inlineLines } from './plugins/inline-lines.ts';
import { links } from './plugins/links.ts';
import { math } from './plugins/math.ts';
import { runnableFence, type RunnableExample } from './plugins/runnable-fence.ts';
import { singleTitle } from './plugins/single-title.ts';
import { tableScroll } from './plugins/table-scroll.ts';

export { ContentError } from './errors.ts';
export { MATH_CSS } from './mathjax.ts';
export { contentIdOf } from './content-id.ts';
export type { Heading, LinkReference, RenderEnv } from './env.ts';
export type { RunnableExample } from './plugins/runnable-fence.ts';

export interface MarkdownRendererOptions {
  /** The site's base path with a trailing slash (`/`, `/hub/`); internal links are prefixed with it. */
  base?: string;
  /** The hub's own repository, the target of `hub:issues`-style links. */
  repository?: string;
}

export interface RenderOptions {
  /** The file as named in error messages (default: `content/<contentPath>`). */
  file?: string;
  /** Lines before the body (the frontmatter), so reported lines are lines of the file. */
  lineOffset?: number;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  links: LinkReference[];
  examples: RunnableExample[];
  /** True when the page contains typeset math (and so needs MATH_CSS). */
  hasMath: boolean;
}

export interface MarkdownRenderer {
  /** Renders the body of the content file at `contentPath` (relative to content/, e.g. `datastore/api.md`). */
  render(source: string, contentPath: string, options?: RenderOptions): RenderedMarkdown;
}

/** Awaits shiki once, then returns a synchronous renderer (markdown-it rules must be sync). */
export async function createMarkdownRenderer(
  options: MarkdownRendererOptions = {},
): Promise<MarkdownRenderer> {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  md.use(
    fromHighlighter(await loadHighlighter(), {
      themes: CODE_THEMES,
      // Shiki always knows plain 'text', though its type lists only bundled grammars.
      fallbackLanguage: 'text' as BundledLanguage,
    }),
  );
  md.use(fenceLanguages);
  // After shiki: a runnable fence reuses the highlighted fence renderer.
  md.use(runnableFence);
  md.use(singleTitle);
  md.use(math);
  md.use(inlineLines);
  md.use(links, { base: options.base ?? '/', repository: options.repository });
  md.use(headingAnchors);
  md.use(tableScroll);
  return {
    render(source, contentPath, renderOptions = {}) {
      const env = createRenderEnv(
        contentPath,
        renderOptions.file ?? `content/${contentPath}`,
        renderOptions.lineOffset,
      );
      const html = md.render(source, env);
      return {
        html,
        headings: env.headings,
        links: env.links,
        examples: env.examples,
        hasMath: html.includes('<mjx-container'),
      };
    },
  };
}
