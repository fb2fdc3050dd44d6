// Tests of the execution core the build and the runner worker share.
import { describe, expect, it } from 'vitest';
import { createRequire, executeExample, type ExampleSource } from '../../src/playground/execute';
import { LIBRARIES } from '../../src/playground/libraries';
import type { LogEntry } from '../../src/playground/protocol';

async function run(source: ExampleSource) {
  const logs: LogEntry[] = [];
  const error = await executeExample(source, {
    modules: LIBRARIES,
    onLog: (entry) => logs.push(entry),
  });
  return { logs, error };
}

describe('executeExample', () => {
  it('strips TypeScript and runs imports of the datastore library with top-level await', async () => {
    const { logs, error } = await run({
      code: [
        "import { DictDatastore, Key } from '@project-hub/datastore';",
        'interface Greeting { text: string }',
        'const ds = new DictDatastore();',
        "const hello: Key = new Key('hello');",
        "await ds.put(hello, { text: 'world' } satisfies Greeting);",
        'console.log(hello, await ds.get(hello));',
      ].join('\n'),
    });
    expect(error).toBeUndefined();
    expect(logs).toEqual([{ level: 'log', text: "Key('/hello') { text: 'world' }" }]);
  });

  it('leaves js examples untyped: a < (b) > (c) stays a comparison', async () => {
    const code = 'const a = 1, b = 2, c = 3;\nconsole.log(typeof (a < (b) > (c)));';
    expect((await run({ code, lang: 'js' })).logs).toEqual([{ level: 'log', text: 'boolean' }]);
    // As TypeScript, `<(b)>` is a type argument list: stripped, it leaves the call `a(c)`.
    expect((await run({ code, lang: 'ts' })).error?.name).toBe('TypeError');
  });

  it('keeps console calls in order with their level', async () => {
    const { logs } = await run({
      code: "console.log('a'); console.warn('b'); await null; console.error('c'); console.info('d'); console.dir('e');",
    });
    expect(logs).toEqual([
      { level: 'log', text: 'a' },
      { level: 'warn', text: 'b' },
      { level: 'error', text: 'c' },
      { level: 'info', text: 'd' },
      { level: 'log', text: "'e'" },
    ]);
  });

  it('reports a thrown error with its line in the visible code', async () => {
    const { logs, error } = await run({
      code: "console.log('before');\n\nthrow new RangeError('boom');",
    });
    expect(logs).toEqual([{ level: 'log', text: 'before' }]);
    expect(error).toMatchObject({ name: 'RangeError', message: 'boom', phase: 'runtime', line: 3 });
  });

  it('counts lines after the hidden setup, not including it', async () => {
    const { error } = await run({
      setup:
        "import { DictDatastore } from '@project-hub/datastore';\nconst ds = new DictDatastore();",
      code: "await ds.put('/a', 1);\nawait ds.put('/b', undefined);",
    });
    expect(error).toMatchObject({ name: 'InvalidArgValueError', line: 2 });
    expect(error?.setupLine).toBeUndefined();
  });

  it('reports an error in the hidden setup as a setup line', async () => {
    const { error } = await run({ setup: 'const a = 1;\nnull.x;', code: 'console.log(a);' });
    expect(error).toMatchObject({ name: 'TypeError', setupLine: 2 });
    expect(error?.line).toBeUndefined();
  });

  it('reports a syntax error with its line and without the transpiler position suffix', async () => {
    const { logs, error } = await run({ code: "console.log('never');\nconst x = ;" });
    expect(logs).toEqual([]);
    expect(error).toMatchObject({ name: 'SyntaxError', phase: 'syntax', line: 2 });
    expect(error?.message).not.toMatch(/\(\d+:\d+\)/);
  });

  it('reports an import of an unknown module, naming the modules it can import, at the import line', async () => {
    const { error } = await run({
      code: "// first\nimport fs from 'node:fs';\nfs.readFileSync('x');",
    });
    expect(error?.message).toContain("cannot import 'node:fs'");
    expect(error?.message).toContain("'@project-hub/datastore'");
    expect(error?.line).toBe(2);
  });

  it('reports a thrown non-error value formatted', async () => {
    const { error } = await run({ code: "throw { reason: 'odd' };" });
    expect(error).toMatchObject({ thrownValue: true, message: "{ reason: 'odd' }" });
    expect((await run({ code: 'throw null;' })).error).toMatchObject({
      thrownValue: true,
      message: 'null',
    });
  });

  it('runs pending timers and microtasks after the last line, in Node order', async () => {
    const { logs, error } = await run({
      code: [
        "setTimeout(() => console.log('later'), 0);",
        "queueMicrotask(() => console.log('microtask'));",
        "Promise.resolve().then(() => setTimeout(() => console.log('last'), 5));",
        "console.log('now');",
      ].join('\n'),
    });
    expect(error).toBeUndefined();
    expect(logs.map((entry) => entry.text)).toEqual(['now', 'microtask', 'later', 'last']);
  });

  it('reports an error thrown in a timer, and runs no timer after it', async () => {
    const { logs, error } = await run({
      code: "setTimeout(() => { throw new TypeError('in timer'); }, 0);\nsetTimeout(() => console.log('never'), 20);",
    });
    expect(error).toMatchObject({ name: 'TypeError', message: 'in timer', line: 1 });
    expect(logs).toEqual([]);
  });

  it('prints printf-style specifiers as Node does', async () => {
    const { logs } = await run({ code: "console.log('%s is %d', 'x', 42, 'extra');" });
    expect(logs).toEqual([{ level: 'log', text: 'x is 42 extra' }]);
  });

  it('prints a promise with the value it holds, in call order', async () => {
    const { logs } = await run({
      code: "console.log(Promise.resolve(3));\nconsole.log('after');\nconsole.log(new Promise(() => {}));",
    });
    expect(logs.map((entry) => entry.text)).toEqual([
      'Promise { 3 }',
      'after',
      'Promise { <pending> }',
    ]);
  });

  it('stops formatting a huge value early when entries are bounded', async () => {
    const logs: LogEntry[] = [];
    await executeExample(
      { code: 'console.log(new Uint8Array(2e8));\nconsole.log({ big: "y".repeat(1e8) });' },
      { modules: {}, onLog: (entry) => logs.push(entry), maxEntryChars: () => 1000 },
    );
    expect(logs).toHaveLength(2);
    expect(logs[0]?.text).toMatch(/^Uint8Array\(200000000\) \[/);
    expect(logs[1]?.text.length).toBeLessThan(20_000);
  });

  it('reports a rejection awaited at top level with the line of the await', async () => {
    const { error } = await run({
      code: "const fail = async () => { throw new Error('later'); };\nawait null;\nawait fail();",
    });
    expect(error).toMatchObject({ message: 'later', line: 1 });
  });
});

describe('createRequire', () => {
  it('returns the module object for a known bare name', () => {
    const datastore = { Key: class {} };
    expect(createRequire({ datastore })('datastore')).toBe(datastore);
  });

  it('does not resolve names inherited from Object.prototype', () => {
    expect(() => createRequire({})('constructor')).toThrow("cannot import 'constructor'");
  });

  it('lists every importable name for an unknown one, loaded or not (as the worker has them)', () => {
    const require = createRequire({ a: {} }, ['a', 'b']);
    expect(() => require('c')).toThrow("cannot import 'c': examples can import 'a', 'b'");
  });

  it('says how to load an importable library that was not loaded (a name built at run time)', () => {
    const require = createRequire({ a: {} }, ['a', 'b']);
    expect(() => require('b')).toThrow(
      "[playground] cannot import 'b' here: the runner loads a library only when the example names it in an import",
    );
  });
});
