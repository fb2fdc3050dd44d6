// Every TypeScript example in content/ type-checks against the libraries' real types.
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence';
import { exampleTypeErrors as typeErrors } from '../../src/site/typecheck-examples';
import { contentExamples } from '../../src/site/content-examples';

describe('content examples', () => {
  const examples = contentExamples().filter((example) => example.lang === 'ts');

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it('type-check against the libraries', () => {
    expect(typeErrors(examples)).toEqual([]);
  }, 60_000);

  it('report a type error with its file and line', () => {
    const wrong: RunnableExample = {
      file: 'content/x.md',
      line: 10,
      lang: 'ts',
      code: "import { Key } from '@project-hub/datastore';\nconst n: number = new Key('/a').name;\nconsole.log(n);",
      expected: '',
    };
    expect(typeErrors([wrong])).toEqual([
      "content/x.md:12: Type 'string' is not assignable to type 'number'.",
    ]);
  }, 60_000);
});
