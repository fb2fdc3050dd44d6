// The runnable examples of every content file, extracted as the site build does.
import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import {
  runnableFence,
  type RunnableExample,
  type RunnableFenceEnv,
} from '../markdown/plugins/runnable-fence.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** Every `ts run` / `js run` example (`ts run node` ones too) under `contentDir`, in file order. */
export function contentExamples(contentDir = 'content'): RunnableExample[] {
  const md = new MarkdownIt().use(runnableFence);
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('_')))
    .sort();
  return files.flatMap((path) => {
    const file = `${contentDir}/${path}`;
    const { body, bodyLineOffset } = splitFrontmatter(readFileSync(file, 'utf8'), file);
    const env: RunnableFenceEnv = { file, lineOffset: bodyLineOffset, examples: [] };
    md.parse(body, env);
    return env.examples ?? [];
  });
}
