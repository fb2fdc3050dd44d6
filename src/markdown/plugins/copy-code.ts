// Copy buttons: every fenced code block gets a "Copy" button (hydrated by src/client/copy-code.ts).
//
// The contract with the page script: `<div class="code-block">` holds the block's `<pre>` and a
// `<button class="copy-code" data-copy-code>`; the script copies the block's text (for a
// <run-example>, the code as shown or as edited). The button carries `needs-js`, so a page read
// without JavaScript shows no button that would do nothing.
import type { MarkdownIt } from 'markdown-it';

/** The button's markup, shared with the tests. */
export const COPY_BUTTON =
  '<button type="button" class="copy-code needs-js" data-copy-code>Copy</button>';

/** Wraps the fence renderer (shiki's), so it must be used after shiki and before runnable fences. */
export function copyCode(md: MarkdownIt): void {
  const fence = md.renderer.rules.fence;
  if (!fence)
    throw new Error('[markdown] copyCode: no fence renderer to wrap (use it after shiki)');
  md.renderer.rules.fence = (...args) =>
    `<div class="code-block">${fence(...args).trimEnd()}${COPY_BUTTON}</div>\n`;
}
