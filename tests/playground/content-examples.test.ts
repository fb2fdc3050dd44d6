// Every runnable example in content/ runs against the real libraries and prints its output block.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runForOutput } from '../../src/site/verify-examples';
import { contentExamples } from '../../src/site/content-examples';

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
        /^```(ts|js) run( node)?$/,
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
