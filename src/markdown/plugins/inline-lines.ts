// Inline source lines: give inline tokens a `map`, so math and link errors can name their line.
import type { MarkdownIt } from 'markdown-it';

/** Core rule: each inline child gets `map = [line, line + 1]`, counted from its block's first line. */
export function inlineLines(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'inline_lines', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.map || !block.children) continue;
      let line = block.map[0];
      for (const child of block.children) {
        child.map ??= [line, line + 1];
        if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
      }
    }
  });
}
