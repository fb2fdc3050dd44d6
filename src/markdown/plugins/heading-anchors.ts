// Heading ids with accessible permalink anchors (markdown-it-anchor), collected for the TOC.
import type { MarkdownIt, Token } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import type { RenderEnv } from '../env.ts';

/** GitHub-style slug: lowercase, punctuation dropped, spaces to dashes (`get(key)` → `getkey`). */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

/** Gives h2–h4 ids and a "Permalink to …" link; records them in `env.headings`. */
export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: [2, 3, 4],
    slugify,
    tabIndex: false,
    permalink: anchor.permalink.linkAfterHeader({
      style: 'visually-hidden',
      assistiveText: (title: string) => `Permalink to “${title}”`,
      visuallyHiddenClass: 'sr-only',
      symbol: '#',
      wrapper: ['<div class="heading">', '</div>'],
    }),
  });
  // Runs after markdown-it-anchor's own core rule, which assigned the ids.
  md.core.ruler.push('collect_headings', (state) => {
    const env = state.env as RenderEnv;
    state.tokens.forEach((token, index) => {
      const slug = token.type === 'heading_open' ? token.attrGet('id') : null;
      if (slug)
        env.headings.push({
          depth: Number(token.tag.slice(1)),
          slug: String(slug),
          text: plainText(state.tokens[index + 1]),
        });
    });
  });
}

function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter(
      (child) =>
        child.type === 'text' || child.type === 'code_inline' || child.type === 'math_inline',
    )
    .map((child) => child.content)
    .join('');
}
