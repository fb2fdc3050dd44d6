// Every TypeScript example in content/ type-checks against the libraries' real types.
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence';
import {
  assertExamplesTypeCheck,
  exampleTypeErrors as typeErrors,
} from '../../src/site/typecheck-examples';
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

  // Regression (issue 12): a type error passed `npm run build`; the content loader now calls this.
  it('fail the build with the file, the line and a fix', () => {
    const wrong: RunnableExample = {
      file: 'content/x.md',
      line: 3,
      lang: 'ts',
      code: "import { ChatClient } from '@project-hub/texchat';\nconst c: ChatClient = 'Ada';\nconsole.log(c);",
      expected: '',
    };
    expect(() => assertExamplesTypeCheck([wrong])).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/x.md:5: type error in an example: Type 'string' is not assignable to type 'ChatClient'.
      Hint: fix the example so it type-checks against the library, as a reader's editor would check it (\`npm run check\` lists every error)]
    `);
    expect(() =>
      assertExamplesTypeCheck([
        {
          ...wrong,
          code: "import { createBus } from '@project-hub/texchat';\nconsole.log(typeof createBus);",
        },
      ]),
    ).not.toThrow();
  }, 60_000);
});
