// Issue 11 (items 1–5): runnable examples survive what a careless or hostile reader can type.
// Each test edits the first example of the datastore page, runs it in the real worker, and checks
// the outcome, the bounds on the output, and that the page reported no error.
import { format, inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

const DATASTORE = siteUrl('datastore/');
/** The bounds the runner promises (src/playground/log-budget.ts), in characters as shown. */
const ENTRY_LIMIT = 16 * 1024;
const RUN_LIMIT = 64 * 1024;
const NOTICE_SLACK = 20 * 256;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Outcome {
  state: string;
  text: string;
  lines: string[];
  problems: string[];
}

/** Opens the page, puts `code` in the first example's editor, runs it and reads the outcome. */
async function run(code: string, options: { waitMs?: number } = {}): Promise<Outcome> {
  const opened = await openPage(browser, DATASTORE);
  try {
    const example = opened.page.locator('run-example').first();
    await editCode(opened.page, example, code);
    await example.getByRole('button', { name: 'Run' }).click();
    const state = await finishedState(example, options.waitMs ?? 10_000);
    const lines = await example
      .locator('.run-example__log')
      .evaluateAll((spans) => spans.map((span) => span.textContent?.replace(/^\n/, '') ?? ''));
    const text = (await example.locator('.run-example__result').textContent()) ?? '';
    return { state, text, lines, problems: opened.problems };
  } finally {
    await opened.close();
  }
}

async function editCode(page: Page, example: Locator, code: string): Promise<void> {
  await example.getByRole('button', { name: 'Edit' }).click();
  await example.getByRole('textbox').waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
    .toContain('cm-content');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** Waits until the run has an outcome; `running` (or a crashed tab) when it has none in time. */
async function finishedState(example: Locator, waitMs: number): Promise<string> {
  const result = example.locator('.run-example__result');
  try {
    await result
      .page()
      .waitForFunction(
        (element) => /^(ok|error|timeout)$/.test(element?.getAttribute('data-state') ?? ''),
        await result.elementHandle(),
        { timeout: waitMs },
      );
  } catch (error) {
    return `unfinished: ${String(error).split('\n')[0]}`;
  }
  return (await result.getAttribute('data-state')) ?? '';
}

function expectBounded(outcome: Outcome): void {
  for (const line of outcome.lines) expect(line.length).toBeLessThanOrEqual(ENTRY_LIMIT);
  expect(outcome.text.length).toBeLessThanOrEqual(RUN_LIMIT + NOTICE_SLACK);
  expect(outcome.problems).toEqual([]);
}

describe('1. output is bounded in bytes, in the worker', () => {
  it.each([
    ['a 100 MB string', "console.log('y'.repeat(1e8));"],
    ['a 10 MB string', "console.log('x'.repeat(1e7));"],
    ['a 100 MB string through %s', "console.log('%s!', 'y'.repeat(1e8));"],
    // 10^5 keys, not 10^6: building the object must fit in the 2 s limit on a busy machine.
    [
      'an object with 10^5 keys',
      'const o = {};\nfor (let i = 0; i < 1e5; i++) o[`key${i}`] = i;\nconsole.log(o);',
    ],
    ['an array of 100 strings of 1 MB', "console.log(Array(100).fill('q'.repeat(1e6)));"],
    ['a string of 4-byte characters', "console.log('😀'.repeat(1e6));"],
  ])('%s prints at most one entry limit, then says the output was truncated', async (_, code) => {
    const outcome = await run(code);
    expect(outcome.state).toBe('ok');
    expectBounded(outcome);
    expect(outcome.text).toMatch(/… output truncated: this line was longer than 16 KB\.$/);
  });

  it('a 100 MB string inside a value is cut as Node cuts it (maxStringLength)', async () => {
    const outcome = await run("console.log(['y'.repeat(1e8)]);");
    expect(outcome.state).toBe('ok');
    expectBounded(outcome);
    expect(outcome.text).toBe(inspect(['y'.repeat(1e5)]).replace('... 90000', '... 99990000'));
  });

  it('an endless loop printing 1 MB strings stops at the time limit with bounded output', async () => {
    const outcome = await run("const s = 'x'.repeat(1e6);\nfor (;;) console.log(s);");
    expect(outcome.state).toBe('timeout');
    expectBounded(outcome);
    expect(outcome.text).toContain('… output truncated: the example printed more than 64 KB');
  });

  it('many short lines stop after 1000 entries with a notice', async () => {
    const outcome = await run('for (let i = 0; i < 1e5; i++) console.log(i);');
    expect(outcome.state).toBe('ok');
    expect(outcome.lines.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(outcome.lines.at(-1)).toMatch(/the example printed more than 1000 lines/);
    expect(outcome.lines.length).toBeLessThanOrEqual(1002);
  });

  it('formats a huge typed array without converting every entry', async () => {
    const outcome = await run('console.log(new Uint8Array(2e8));');
    expect(outcome.state).toBe('ok');
    expect(outcome.text).toMatch(/^Uint8Array\(200000000\) \[\n {2}0, 0,/);
    expect(outcome.text).toMatch(/\.\.\. 199999900 more items\n\]$/);
  });

  it('cuts a huge thrown message', async () => {
    const outcome = await run("throw new Error('z'.repeat(1e7));");
    expect(outcome.state).toBe('error');
    expectBounded(outcome);
  });
});

describe('2. pending timers, microtasks and rejections run as in Node', () => {
  it('prints what a timer prints after the last line', async () => {
    const outcome = await run("setTimeout(() => console.log('later'), 0);\nconsole.log('now');");
    expect([outcome.state, outcome.text]).toEqual(['ok', 'now\nlater']);
  });

  it('keeps Node order across microtasks, timers and chained timers', async () => {
    const outcome = await run(
      [
        "setTimeout(() => console.log('timer'), 0);",
        "Promise.resolve().then(() => console.log('microtask'));",
        "setTimeout(() => setTimeout(() => console.log('nested'), 10), 5);",
        "console.log('sync');",
      ].join('\n'),
    );
    expect([outcome.state, outcome.text]).toEqual(['ok', 'sync\nmicrotask\ntimer\nnested']);
  });

  it('reports an unhandled rejection as an error', async () => {
    const outcome = await run("Promise.reject(new Error('boom'));\nconsole.log('after');");
    expect(outcome.state).toBe('error');
    expect(outcome.text).toBe('after\nUncaught Error: boom (line 1)');
    expect(outcome.problems).toEqual([]);
  });

  it('reports an error thrown in a timer', async () => {
    const outcome = await run("setTimeout(() => { throw new RangeError('tick'); }, 0);");
    expect([outcome.state, outcome.text]).toEqual(['error', 'Uncaught RangeError: tick (line 1)']);
  });

  it('stops an interval that never ends at the time limit', async () => {
    const outcome = await run("setInterval(() => {}, 100);\nconsole.log('started');");
    expect([outcome.state, outcome.lines[0]]).toEqual(['timeout', 'started']);
  });
});

describe('3. output matches Node', () => {
  it.each([
    ["'%s is %d', 'x', 42", ['%s is %d', 'x', 42]],
    [
      "'%i|%f|%j|%%|%c|%o|%O', 42.9, '1.5', { a: [1] }, 'css', [1], { b: 2 }",
      ['%i|%f|%j|%%|%c|%o|%O', 42.9, '1.5', { a: [1] }, 'css', [1], { b: 2 }],
    ],
    ["'%s', { a: 1 }, 'extra', 3", ['%s', { a: 1 }, 'extra', 3]],
    ["'100%', 5", ['100%', 5]],
  ])('formats console.log(%s) as util.format does', async (source, args) => {
    const outcome = await run(`console.log(${source});`);
    expect(outcome.text).toBe(format(...args));
  });

  it('shows a thrown non-error value as Node does', async () => {
    expect((await run('throw null;')).text).toBe('Uncaught null');
    expect((await run("throw { reason: 'odd' };")).text).toBe("Uncaught { reason: 'odd' }");
  });

  it('keeps the structure util.inspect shows', async () => {
    const code = [
      'class Stack extends Array {}',
      'const stack = new Stack();',
      'stack.push(1, 2);',
      'function args() { return arguments; }',
      "const tagged = Object.assign([1, 2], { label: 'x' });",
      'const fn = Object.assign(function named() {}, { extra: true });',
      'console.log(Promise.resolve(3));',
      "console.log(new String('ab'), new Number(-0), Object(1n));",
      'console.log(stack, [1][Symbol.iterator](), args(1, 2));',
      'console.log([tagged, fn]);',
      "console.log(Promise.reject(new Error('no')).catch(() => {}) && 'caught');",
    ].join('\n');
    class Stack extends Array {}
    const stack = new Stack();
    stack.push(1, 2);
    const args = function (..._: unknown[]) {
      return arguments;
    };
    const expected = [
      inspect(Promise.resolve(3)),
      format(new String('ab'), new Number(-0), Object(1n)),
      format(stack, [1][Symbol.iterator](), args(1, 2)),
      inspect([
        Object.assign([1, 2], { label: 'x' }),
        Object.assign(function named() {}, { extra: true }),
      ]),
      'caught',
    ];
    const outcome = await run(code);
    expect(outcome.state).toBe('ok');
    expect(outcome.lines).toEqual(expected);
  });

  it("shows an error's cause and extra properties", async () => {
    const outcome = await run(
      "const e = new Error('outer', { cause: new TypeError('inner') });\nconsole.log([Object.assign(e, { code: 'E1' })]);",
    );
    expect(outcome.text).toBe("[ [Error: outer] { code: 'E1', [cause]: [TypeError: inner] } ]");
  });
});

describe('4. example code cannot speak for the runner', () => {
  it('cannot extend the time limit by posting `started`', async () => {
    const outcome = await run(
      [
        'const post = (m) => { try { self.postMessage(m); } catch {} };',
        'setInterval(() => { for (let id = 0; id < 20; id++) post({ type: "started", id }); }, 500);',
        'await new Promise(() => {});',
      ].join('\n'),
    );
    expect(outcome.state).toBe('timeout');
    expect(outcome.problems).toEqual([]);
  });

  it('cannot send a log the page would choke on', async () => {
    const outcome = await run(
      [
        'for (let id = 0; id < 20; id++) {',
        '  try { self.postMessage({ type: "log", id, entry: null }); } catch {}',
        '  try { self.postMessage({ type: "done", id }); } catch {}',
        '}',
        "console.log('still mine');",
      ].join('\n'),
    );
    expect([outcome.state, outcome.text]).toEqual(['ok', 'still mine']);
    expect(outcome.problems).toEqual([]);
  });

  it('cannot reach the runner through prototypes or a new request', async () => {
    const outcome = await run(
      [
        'const tries = [];',
        'try { MessagePort.prototype.postMessage.call(null, 1); } catch (e) { tries.push("port"); }',
        "self.dispatchEvent(new MessageEvent('message', { data: { type: 'run', id: 1, code: '', setup: '', lang: 'js' }, ports: [new MessageChannel().port2] }));",
        "String.prototype.slice = () => 'x'.repeat(1e6);",
        'TextEncoder.prototype.encodeInto = () => ({ read: 1e9, written: 0 });',
        "console.log('y'.repeat(1e6));",
        "throw new Error('e'.repeat(1e6));",
      ].join('\n'),
    );
    // Its own console may now print garbage; what reaches the page is still bounded.
    expect(outcome.state).toMatch(/^(ok|error)$/);
    expectBounded(outcome);
  });
});

describe('5. Reset while the editor loads', () => {
  it('wins: the static code shows and the editor never appears', async () => {
    const opened: OpenedPage = await openPage(browser, DATASTORE);
    try {
      const { page } = opened;
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/editor\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const example = page.locator('run-example').first();
      await example.getByRole('button', { name: 'Edit' }).click();
      await example.getByRole('button', { name: 'Reset' }).click();
      const loaded = page.waitForResponse(/\/editor\.[^/]*\.js$/);
      release();
      await loaded;
      // The module evaluates and the click handler resumes within a few frames.
      await page.evaluate(
        () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 200)),
      );
      expect(await example.locator('.cm-editor').count()).toBe(0);
      expect(await example.locator('.run-example__code pre').isVisible()).toBe(true);
      expect(await example.getByRole('button', { name: 'Edit' }).isEnabled()).toBe(true);
      // And Edit still works afterwards.
      await example.getByRole('button', { name: 'Edit' }).click();
      await example.locator('.cm-editor').waitFor();
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
