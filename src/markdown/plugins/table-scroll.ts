// Tables: each in a focusable, labelled scroll box, so a wide table scrolls sideways on a phone,
// from the keyboard too (a scroll box that cannot take focus fails axe's scrollable-region-focusable).
import type { MarkdownIt, Token } from 'markdown-it';

/** Wraps every table in `<div class="table-scroll" role="region" tabindex="0" aria-label="Table: …">`. */
export function tableScroll(md: MarkdownIt): void {
  md.renderer.rules['table_open'] = (tokens, idx, options, _env, self) =>
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${md.utils.escapeHtml(tableLabel(tokens, idx))}">\n` +
    self.renderToken(tokens, idx, options);
  md.renderer.rules['table_close'] = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options) + '</div>\n';
}

/** "Table: Store, What it does": the header cells' text, so each scroll box is told apart. */
function tableLabel(tokens: Token[], tableOpen: number): string {
  const headers: string[] = [];
  for (let i = tableOpen + 1; i < tokens.length && tokens[i]!.type !== 'thead_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'inline')
      headers.push(
        (token.children ?? [])
          .map((child) => child.content)
          .join('')
          .trim(),
      );
  }
  return `Table: ${headers.filter(Boolean).join(', ')}`;
}
