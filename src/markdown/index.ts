// The content pipeline: markdown-it with shiki, MathJax, heading anchors and link checking.
import MarkdownIt from 'markdown-it';
import { fromHighlighter, type MarkdownItShikiSetupOptions } from '@shikijs/markdown-it/core';
import type { BundledLanguage, CodeToHastOptions } from 'shiki';
import { anchorsOf } from './anchors.ts';
import { CODE_THEMES, loadHighlighter } from './highlighter.ts';
import { createRenderEnv, type Heading, type LinkReference } from './env.ts';
import { FragmentCache, type FragmentCacheOptions } from './fragment-cache.ts';
import { callouts } from './plugins/callouts.ts';
import { copyCode } from './plugins/copy-code.ts';
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
  /** Keep MathJax and shiki output per formula and per block on disk, across builds. */
  fragmentCache?: FragmentCacheOptions;
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
  /** Every id in the HTML: the `#fragment`s a link to this page may name. */
  anchors: string[];
}

export interface MarkdownRenderer {
  /** Renders the body of the content file at `contentPath` (relative to content/, e.g. `datastore/api.md`). */
  render(source: string, contentPath: string, options?: RenderOptions): RenderedMarkdown;
}

/** vscode-textmate's "no limit": a line is always tokenized to its end (see the shiki options below). */
export const HIGHLIGHT_TIME_LIMIT = 0;

/** Awaits shiki once, then returns a synchronous renderer (markdown-it rules must be sync). */
export async function createMarkdownRenderer(
  options: MarkdownRendererOptions = {},
): Promise<MarkdownRenderer> {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  const shikiOptions: MarkdownItShikiSetupOptions & Pick<CodeToHastOptions, 'tokenizeTimeLimit'> = {
    themes: CODE_THEMES,
    // Shiki always knows plain 'text', though its type lists only bundled grammars.
    fallbackLanguage: 'text' as BundledLanguage,
    // No per-line time limit. Shiki's default (500 ms) makes vscode-textmate give up on a line
    // that takes longer, and the first line a process tokenizes compiles the grammar's regexes:
    // on a busy machine the first example of a build lost its light colours (the light theme is
    // tokenized first), so the same commit built different HTML. Correct beats fast here.
    // (The plugin passes its options on to codeToHtml; its type does not list this one.)
    tokenizeTimeLimit: HIGHLIGHT_TIME_LIMIT,
  };
  md.use(fromHighlighter(await loadHighlighter(), shikiOptions));
  // After shiki, before runnable fences: every code block, runnable or not, gets a copy button.
  md.use(copyCode);
  md.use(fenceLanguages);
  const cache = options.fragmentCache && new FragmentCache(options.fragmentCache);
  if (cache) cacheHighlighting(md, cache);
  // After shiki: a runnable fence reuses the highlighted fence renderer.
  md.use(runnableFence);
  md.use(singleTitle);
  md.use(math, { cache });
  md.use(inlineLines);
  md.use(links, { base: options.base ?? '/', repository: options.repository });
  md.use(headingAnchors);
  md.use(tableScroll);
  md.use(callouts);
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
        anchors: anchorsOf(html),
      };
    },
  };
}

/** Routes every code block's highlighting through the fragment cache. */
function cacheHighlighting(md: InstanceType<typeof MarkdownIt>, cache: FragmentCache): void {
  const highlight = md.options.highlight;
  if (!highlight) throw new Error('[markdown] shiki did not install a highlight function');
  md.options.highlight = (code: string, lang: string, attrs: string) =>
    cache.through('code', [code, lang, attrs], () => highlight(code, lang, attrs));
}
