// Every runnable example in content/ runs against the real libraries and prints its output block.
import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  runnableFence,
  type RunnableExample,
  type RunnableFenceEnv,
} from '../../src/markdown/plugins/runnable-fence';
import { splitFrontmatter } from '../../src/site/frontmatter';
import { runForOutput } from '../../src/site/verify-examples';

/** Extracts the runnable examples of every content file, as the site build does. */
function contentExamples(): RunnableExample[] {
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

const EXAMPLES = contentExamples();

describe('content examples', () => {
  it('include the datastore pages', () => {
    expect(
      EXAMPLES.filter((example) => example.file.startsWith('content/datastore/')).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('point at the line of their fence', () => {
    for (const example of EXAMPLES) {
      const lines = readFileSync(example.file, 'utf8').split('\n');
      expect(lines[example.line - 1], `${example.file}:${example.line}`).toMatch(
        /^```(ts|js) run$/,
      );
    }
  });

  it.each(EXAMPLES.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s prints its output block',
    async (_where, example) => {
      const { output, error } = await runForOutput(example);
      expect(error).toBeUndefined();
      expect(output).toBe(example.expected);
    },
  );
});
