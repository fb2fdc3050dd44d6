// Tests of Node-only examples (```ts run node) at build: they run in the example thread with the
// Node backends and a temporary directory of their own; drift fails naming file:line; the type
// check gives them Node's types and keeps those from the browser examples.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence';
import { exampleTypeErrors } from '../../src/site/typecheck-examples';
import { runForOutput, verifyExamples } from '../../src/site/verify-examples';

function nodeExample(code: string, expected: string, line = 30): RunnableExample {
  return {
    file: 'content/datastore/backends.md',
    line,
    lang: 'ts',
    code,
    expected,
    runtime: 'node',
  };
}

const SQLITE_HELLO = `import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { SqliteDatastore } from '@project-hub/datastore/sqlite';

await using ds = new SqliteDatastore(join(tmpdir(), 'hello.sqlite'));
await ds.put('/hello', 'world');
console.log(await ds.get('/hello'));`;

describe('Node-only examples', () => {
  it('run against the Node backends, with imports of node:path and node:os', async () => {
    await expect(verifyExamples([nodeExample(SQLITE_HELLO, 'world')])).resolves.toBeUndefined();
  }, 60_000);

  it('fail on drifted output, naming the file and line, with a diff', async () => {
    await expect(verifyExamples([nodeExample(SQLITE_HELLO, 'world!', 91)])).rejects.toThrow(
      /^\[examples\] content\/datastore\/backends\.md:91: the example's output differs[^]*- world!\n\+ world\n/,
    );
  }, 60_000);

  it('get a fresh tmpdir() per run, removed after the run', async () => {
    const code = `import { tmpdir } from 'node:os';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
console.log((await readdir(tmpdir())).length);
await writeFile(join(tmpdir(), 'left-behind'), 'x');
console.log(tmpdir());`;
    const first = await runForOutput(nodeExample(code, ''));
    const second = await runForOutput(nodeExample(code, ''));
    const [count, dir] = first.output.split('\n');
    expect(first.error).toBeUndefined();
    expect(count).toBe('0');
    expect(second.output.split('\n')[0]).toBe('0');
    expect(second.output.split('\n')[1]).not.toBe(dir);
    expect(existsSync(dir!)).toBe(false);
  }, 60_000);

  it('are the only examples that can import the Node backends', async () => {
    const browser: RunnableExample = { ...nodeExample(SQLITE_HELLO, 'world') };
    delete browser.runtime;
    const { error } = await runForOutput(browser);
    expect(error?.message).toMatch(/cannot import 'node:path'/);
  }, 60_000);

  it('type-check with Node types, which browser examples do not get', () => {
    const usesProcess = 'console.log(process.version.length > 0);';
    expect(exampleTypeErrors([nodeExample(usesProcess, 'true', 7)])).toEqual([]);
    const browser: RunnableExample = { ...nodeExample(usesProcess, 'true', 7) };
    delete browser.runtime;
    expect(exampleTypeErrors([browser])).toEqual([
      expect.stringMatching(/^content\/datastore\/backends\.md:8: Cannot find name 'process'/),
    ]);
    expect(exampleTypeErrors([nodeExample('const n: number = "one";', '', 7)])).toEqual([
      "content/datastore/backends.md:8: Type 'string' is not assignable to type 'number'.",
    ]);
  }, 120_000);
});
