// The runnable examples of every content file, extracted as the site build does.
import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import {
  runnableFence,
  type RunnableExample,
  type RunnableFenceEnv,
} from '../../src/markdown/plugins/runnable-fence';
import { splitFrontmatter } from '../../src/site/frontmatter';

/** Every `ts run` / `js run` example under content/, in file order. */
export function contentExamples(): RunnableExample[] {
  const md = new MarkdownIt().use(runnableFence);
  const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('_')))
    .sort();
  return files.flatMap((path) => {
    const file = `content/${path}`;
    const { body, bodyLineOffset } = splitFrontmatter(readFileSync(file, 'utf8'), file);
    const env: RunnableFenceEnv = { file, lineOffset: bodyLineOffset, examples: [] };
    md.parse(body, env);
    return env.examples ?? [];
  });
}
