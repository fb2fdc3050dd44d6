// Tests of the runner facade against a fake Worker (the private MessagePort is real): request ids,
// stale and invalid messages, timeouts, cancels, the spare workers and the compiler worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerMessage } from '../../src/playground/protocol';

class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  readonly posted: unknown[] = [];
  readonly transferred: MessagePort[][] = [];
  readonly listeners = new Map<string, Set<(event: unknown) => void>>();
  peer: MessagePort | undefined;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: { type?: string },
  ) {
    FakeWorker.created.push(this);
  }

  postMessage(data: unknown, transfer: MessagePort[] = []): void {
    this.posted.push(data);
    this.transferred.push(transfer);
    this.peer = transfer[0];
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }

  removeEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** Fires a load error, as a worker whose script fails to load does. */
  fail(): void {
    const event = { message: '', preventDefault: () => {} };
    this.onerror?.(event);
    for (const listener of this.listeners.get('error') ?? []) listener(event);
  }

  get isRunner(): boolean {
    return /runner\.worker\.ts$/.test(this.url.pathname);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Sends a message on the private port, as the worker does, and waits until it is delivered. */
  async emit(message: WorkerMessage | Record<string, unknown>): Promise<void> {
    this.peer?.postMessage(message);
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Posts on the worker's own channel, as example code calling `self.postMessage` would. */
  forge(message: unknown): void {
    this.onmessage?.({ data: message });
  }
}

let runner: typeof import('../../src/playground/runner');

/** Waits for the tasks queued so far (the runner tops up its spares in a task of its own). */
const aTask = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(async () => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules(); // a fresh module: no spare worker left from another test
  runner = await import('../../src/playground/runner');
});

afterEach(async () => {
  vi.useRealTimers();
  await aTask(); // a finished run tops up its spares in a task: not in the next test
  vi.unstubAllGlobals();
});

/** The runner workers created so far (spares included), and the compiler workers. */
const runners = () => FakeWorker.created.filter((w) => w.isRunner);
const compilers = () => FakeWorker.created.filter((w) => !w.isRunner);

/** The worker of the run in progress and the id of its request. */
function current(): { worker: FakeWorker; id: number } {
  const worker = runners().find((w) => w.posted.length > 0 && !w.terminated);
  const request = worker?.posted[0] as { id: number } | undefined;
  if (!worker || !request) throw new Error('no run in progress');
  return { worker, id: request.id };
}

describe('Runner', () => {
  it('posts the code and the hidden setup to a module worker and to the compiler, which answers the worker', () => {
    void new runner.Runner().run('console.log(1)', { setup: 'const a = 1;' });
    const { worker } = current();
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.posted).toEqual([
      { type: 'run', id: 1, code: 'console.log(1)', setup: 'const a = 1;', lang: 'ts' },
    ]);
    expect(worker.transferred[0]).toHaveLength(2);
    const [compiler] = compilers();
    expect(compilers()).toHaveLength(1);
    expect(compiler?.url.pathname).toMatch(/compiler\.worker\.ts$/);
    expect(compiler?.options).toEqual({ type: 'module' });
    expect(compiler?.posted).toEqual([
      { type: 'compile', code: 'console.log(1)', setup: 'const a = 1;', lang: 'ts' },
    ]);
    expect(compiler?.transferred[0]).toHaveLength(1);
  });

  it('keeps one compiler worker for every run of the page', async () => {
    for (const code of ['a', 'b', 'c']) {
      const result = new runner.Runner().run(code);
      const { worker, id } = current();
      await worker.emit({ type: 'done', id });
      await result;
    }
    expect(compilers()).toHaveLength(1);
    expect(compilers()[0]?.posted).toMatchObject([{ code: 'a' }, { code: 'b' }, { code: 'c' }]);
    expect(compilers()[0]?.terminated).toBe(false);
  });

  it('reports a compiler that fails to load as an error of the loading run, and starts a new one next time', async () => {
    const result = new runner.Runner().run('x');
    const [compiler] = compilers();
    compiler?.fail();
    await expect(result).resolves.toMatchObject({
      type: 'error',
      error: { message: '[playground] the example compiler failed to load' },
    });
    expect(compiler?.terminated).toBe(true);
    void new runner.Runner().run('y');
    expect(compilers()).toHaveLength(2);
  });

  it('ends a run whose worker never starts, and replaces the compiler, which may be stuck on it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const result = new runner.Runner().run('x');
    const [compiler] = compilers();
    const { worker } = current();
    vi.advanceTimersByTime(runner.LOAD_TIMEOUT_MS);
    await expect(result).resolves.toMatchObject({
      type: 'error',
      error: { message: '[playground] the example runner took too long to load' },
    });
    expect(worker.terminated).toBe(true);
    expect(compiler?.terminated).toBe(true);
    void new runner.Runner().run('y');
    expect(compilers()).toHaveLength(2);
    expect(compilers()[1]?.posted).toMatchObject([{ code: 'y' }]);
  });

  it('streams logs, resolves with them in order, and terminates the worker', async () => {
    const seen: string[] = [];
    const result = new runner.Runner().run('x', { onLog: (entry) => seen.push(entry.text) });
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await worker.emit({ type: 'log', id, entry: { level: 'log', text: 'a' } });
    await worker.emit({ type: 'log', id, entry: { level: 'warn', text: 'b' } });
    expect(seen).toEqual(['a', 'b']);
    await worker.emit({ type: 'done', id });
    await expect(result).resolves.toEqual({
      type: 'ok',
      logs: [
        { level: 'log', text: 'a' },
        { level: 'warn', text: 'b' },
      ],
    });
    expect(worker.terminated).toBe(true);
  });

  it('resolves with the error the worker reports, line included', async () => {
    const result = new runner.Runner().run('x');
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await worker.emit({
      type: 'error',
      id,
      name: 'TypeError',
      message: 'bad',
      stack: '',
      phase: 'runtime',
      line: 3,
    });
    await expect(result).resolves.toEqual({
      type: 'error',
      logs: [],
      error: { name: 'TypeError', message: 'bad', stack: '', phase: 'runtime', line: 3 },
    });
  });

  it('ends the run on a message that carries another request id (each run has its own port)', async () => {
    const result = new runner.Runner().run('x');
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await worker.emit({ type: 'done', id: id + 100 });
    await expect(result).resolves.toMatchObject({ type: 'error', logs: [] });
  });

  it('terminates a run that goes on past the timeout, counted from its start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const result = new runner.Runner().run('while (true) {}', { timeoutMs: 2000 });
    const { worker, id } = current();
    vi.advanceTimersByTime(5000); // still loading: the run has not started
    expect(worker.terminated).toBe(false);
    await worker.emit({ type: 'started', id });
    await worker.emit({ type: 'log', id, entry: { level: 'log', text: 'looping' } });
    vi.advanceTimersByTime(2000);
    await expect(result).resolves.toEqual({
      type: 'timeout',
      timeoutMs: 2000,
      logs: [{ level: 'log', text: 'looping' }],
    });
    expect(worker.terminated).toBe(true);
  });

  it('cancels the previous run when a new one starts', async () => {
    const examples = new runner.Runner();
    const first = examples.run('first');
    const { worker } = current();
    void examples.run('second');
    await expect(first).resolves.toEqual({ type: 'cancelled', logs: [] });
    expect(worker.terminated).toBe(true);
    expect(current().worker.posted[0]).toMatchObject({ id: 2, code: 'second' });
  });

  it('reports a worker that fails to load as an error, not a hang', async () => {
    const result = new runner.Runner().run('x');
    current().worker.fail();
    await expect(result).resolves.toMatchObject({
      type: 'error',
      error: { message: '[playground] the example runner failed to load' },
    });
  });

  it('ignores messages posted on the worker itself: only the private port speaks for the runner', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const result = new runner.Runner().run('x', { timeoutMs: 2000 });
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    worker.forge({ type: 'done', id });
    worker.forge({ type: 'log', id, entry: { level: 'log', text: 'forged' } });
    vi.advanceTimersByTime(2000);
    await expect(result).resolves.toEqual({ type: 'timeout', timeoutMs: 2000, logs: [] });
  });

  it('keeps its deadline: a second `started` ends the run instead of restarting the clock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const result = new runner.Runner().run('x', { timeoutMs: 2000 });
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    vi.advanceTimersByTime(1500);
    await worker.emit({ type: 'started', id });
    await expect(result).resolves.toMatchObject({
      type: 'error',
      error: { message: expect.stringMatching(/does not follow the protocol/) },
    });
  });

  it.each([
    ['a log without entry', (id: number) => ({ type: 'log', id, entry: null })],
    [
      'a log with a number as text',
      (id: number) => ({ type: 'log', id, entry: { level: 'log', text: 1 } }),
    ],
    [
      'a log with an unknown level',
      (id: number) => ({ type: 'log', id, entry: { level: 'x', text: '' } }),
    ],
    [
      'an over-long entry',
      (id: number) => ({ type: 'log', id, entry: { level: 'log', text: 'x'.repeat(20_000) } }),
    ],
    [
      'an error without message',
      (id: number) => ({ type: 'error', id, name: 'E', stack: '', phase: 'runtime' }),
    ],
    [
      'an error with a bad line',
      (id: number) => ({
        type: 'error',
        id,
        name: 'E',
        message: '',
        stack: '',
        phase: 'runtime',
        line: -1,
      }),
    ],
    ['an unknown type', (id: number) => ({ type: 'hello', id })],
  ])('ends the run as an error on an invalid message: %s', async (_, make) => {
    const result = new runner.Runner().run('x');
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await worker.emit(make(id));
    await expect(result).resolves.toMatchObject({
      type: 'error',
      logs: [],
      error: { message: expect.stringMatching(/^\[playground\] .*does not follow the protocol/) },
    });
    expect(worker.terminated).toBe(true);
  });

  it('prewarms the compiler and the spare workers, used by the next runs', async () => {
    runner.prewarm();
    runner.prewarm();
    expect(runners()).toHaveLength(runner.SPARE_WORKERS);
    expect(runner.SPARE_WORKERS).toBe(2);
    expect(compilers()).toHaveLength(1);
    const [first, second] = runners();
    const result = runner.run('x');
    expect(current().worker).toBe(first); // the oldest spare: the most likely to be loaded
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await aTask();
    expect(runners()).toHaveLength(2); // no new spare before the run's first output (it would compete)
    await worker.emit({ type: 'log', id, entry: { level: 'log', text: 'a' } });
    await aTask();
    expect(runners()).toHaveLength(3); // a new spare, once the output shows
    await worker.emit({ type: 'done', id });
    await result;
    void runner.run('y');
    expect(current().worker).toBe(second);
  });

  it('starts a worker of its own when no spare is ready, and the spares once the run ends', async () => {
    const result = runner.run('x');
    expect(runners()).toHaveLength(1);
    const { worker, id } = current();
    await worker.emit({ type: 'started', id });
    await worker.emit({ type: 'done', id }); // no output at all
    await result;
    await aTask();
    expect(runners()).toHaveLength(1 + runner.SPARE_WORKERS);
  });
});
