// Tests of build-time example verification: matching output passes, drift and errors fail with a fix.
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence';
import { diffLines, verifyExamples } from '../../src/site/verify-examples';

function example(
  code: string,
  expected: string,
  extra: Partial<RunnableExample> = {},
): RunnableExample {
  return { file: 'content/demo.md', line: 12, lang: 'ts', code, expected, ...extra };
}

describe('verifyExamples', () => {
  it('passes examples whose output matches their output block', async () => {
    await expect(
      verifyExamples([
        example(
          "import { Key } from '@project-hub/datastore';\nconsole.log(new Key('a'));\nconsole.log([1, 2]);",
          "Key('/a')\n[ 1, 2 ]",
        ),
      ]),
    ).resolves.toBeUndefined();
  });

  it('runs as Node does: timers print after the last line, specifiers are formatted', async () => {
    await expect(
      verifyExamples([
        example(
          "setTimeout(() => console.log('later'), 0);\nconsole.log('%s is %d', 'now', 1);",
          'now is 1\nlater',
        ),
      ]),
    ).resolves.toBeUndefined();
  });

  it('fails an example with an unhandled rejection, as Node would', async () => {
    const rejecting = example("Promise.reject(new Error('boom'));\nconsole.log('after');", 'after');
    await expect(verifyExamples([rejecting])).rejects.toThrow(
      'content/demo.md:12: the example threw at line 1 of the example (file line 13): Error: boom',
    );
  });

  it('fails drifted output with the file, the line, a diff and the block to write', async () => {
    const drift = example(
      "console.log('one');\nconsole.log('two!');\nconsole.log('three');",
      'one\ntwo\nthree',
    );
    await expect(verifyExamples([drift])).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ExampleMismatchError: [examples] content/demo.md:12: the example's output differs from its \`\`\`output block:
      --- expected (the \`\`\`output block)
      +++ actual (what the example printed)
        one
      - two
      + two!
        three
      Update the \`\`\`output block to:
      one
      two!
      three]
    `);
  });

  it('fails an example that throws, with its line in the example and in the file', async () => {
    const thrower = example("console.log('start');\nthrow new Error('nope');", 'start', {
      hiddenSetup: 'const unused = 1;',
    });
    await expect(verifyExamples([thrower])).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ExampleMismatchError: [examples] content/demo.md:12: the example threw at line 2 of the example (file line 15): Error: nope
      It printed before that:
      start
      Fix the example code (or the library) so it runs to the end.]
    `);
  });

  it('reports every failing example at once', async () => {
    const failing = [example('console.log(1)', '2'), example('console.log(3)', '4', { line: 40 })];
    await expect(verifyExamples(failing)).rejects.toThrow(/demo\.md:12[^]*demo\.md:40/);
  });

  it('fails an example that awaits forever instead of hanging the build', async () => {
    const stuck = example('await new Promise(() => {});', '');
    await expect(verifyExamples([stuck], { timeoutMs: 50 })).rejects.toThrow(
      'content/demo.md:12: the example threw: TimeoutError: still waiting after 50 ms',
    );
  });

  it('stops an example stuck in a synchronous loop instead of hanging the build', async () => {
    const spinning = example("console.log('before');\nwhile (true) {}", 'before');
    const fine = example("console.log('after');", 'after');
    const started = Date.now();
    await expect(verifyExamples([spinning, fine], { timeoutMs: 200 })).rejects.toThrow(
      'content/demo.md:12: the example threw: TimeoutError: did not finish within 200 ms and had to be stopped: does it loop forever?',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('goes on with the next examples after stopping one', async () => {
    const spinning = example('while (true) {}', '');
    const drifted = example("console.log('after');", 'expected', { line: 40 });
    const error = await verifyExamples([spinning, drifted], { timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AggregateError);
    expect(String((error as AggregateError).message)).toMatch(
      /demo\.md:40: the example's output differs[\s\S]*\+ after/,
    );
    // Two worker threads start (the first one is stopped): seconds on a busy machine.
  }, 30_000);
});

describe('diffLines', () => {
  it('marks missing lines with - and extra lines with +', () => {
    expect(diffLines('a\nb\nc', 'a\nc\nd').split('\n').slice(2)).toEqual([
      '  a',
      '- b',
      '  c',
      '+ d',
    ]);
  });
});
