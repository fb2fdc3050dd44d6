// One h1 per page: the layout prints the frontmatter title, so a `# Heading` in the body is an error.
import type { MarkdownIt } from 'markdown-it';
import { ContentError } from '../errors.ts';
import { fileLine, type RenderEnv } from '../env.ts';

/** Fails on a level-1 heading in the body, naming its line. */
export function singleTitle(md: MarkdownIt): void {
  md.core.ruler.after('block', 'single_title', (state) => {
    const env = state.env as RenderEnv;
    const h1 = state.tokens.find((token) => token.type === 'heading_open' && token.tag === 'h1');
    if (h1) {
      throw new ContentError(
        env.file,
        h1.map ? fileLine(env, h1.map[0]) : undefined,
        'a level-1 heading (`# …`) in the body',
        "the page title comes from the frontmatter `title`; start the body's sections at `##`",
      );
    }
  });
}
