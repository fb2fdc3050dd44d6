// Runner facade: runs example code in a fresh Web Worker, with a timeout; never rejects.
import {
  isWorkerMessage,
  type LogEntry,
  type RunRequest,
  type RunResult,
  type WorkerMessage,
} from './protocol.ts';

/** How long example code may run before its worker is terminated. */
export const DEFAULT_TIMEOUT_MS = 2000;
/** How long a worker may take to load (sucrase and the libraries) before the run gives up. */
export const LOAD_TIMEOUT_MS = 20_000;

/** Options for one run. */
export interface RunOptions {
  /** Hidden setup code that runs before `code` (its lines are not counted in error lines). */
  setup?: string;
  /** `ts` (the default) or `js`. */
  lang?: 'ts' | 'js';
  timeoutMs?: number;
  /** Called with each console entry as it arrives, before the run finishes. */
  onLog?: (entry: LogEntry) => void;
}

/** Runs examples one at a time: a new run cancels the previous one, whose late messages are dropped. */
export class Runner {
  private nextId = 1;
  private active: RunSession | undefined;

  /** Runs `code` in a fresh worker and resolves with its output and outcome. */
  run(code: string, options: RunOptions = {}): Promise<RunResult> {
    this.cancel();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const session = new RunSession(takeWorker(), id, options, (result) => {
        if (this.active === session) this.active = undefined;
        resolve(result);
        prewarm();
      });
      this.active = session;
      session.start({
        type: 'run',
        id,
        code,
        setup: options.setup ?? '',
        lang: options.lang ?? 'ts',
      });
    });
  }

  /** Stops the current run, if any; it resolves as `cancelled`. */
  cancel(): void {
    this.active?.finish({ type: 'cancelled', logs: this.active.logs });
  }
}

const DEFAULT_RUNNER = new Runner();

/** Runs `code` on the page's shared runner (a new run cancels the previous one). */
export function run(code: string, options: RunOptions = {}): Promise<RunResult> {
  return DEFAULT_RUNNER.run(code, options);
}

/** Starts loading a worker in the background so the next run starts at once. */
export function prewarm(): void {
  spare ??= createWorker();
}

// --- Internal helpers ---

let spare: Worker | undefined;

function createWorker(): Worker {
  return new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module' });
}

function takeWorker(): Worker {
  const worker = spare ?? createWorker();
  spare = undefined;
  return worker;
}

/** One run in one worker: collects its messages, owns its timer, terminates the worker at the end. */
class RunSession {
  readonly logs: LogEntry[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finished = false;

  constructor(
    private readonly worker: Worker,
    private readonly id: number,
    private readonly options: RunOptions,
    private readonly done: (result: RunResult) => void,
  ) {}

  start(request: RunRequest): void {
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isWorkerMessage(event.data) && event.data.id === this.id) this.receive(event.data);
    };
    this.worker.onerror = (event) =>
      this.fail(event.message || 'the example runner failed to load');
    this.arm(LOAD_TIMEOUT_MS, () => this.fail('the example runner took too long to load'));
    this.worker.postMessage(request);
  }

  finish(result: RunResult): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.worker.terminate();
    this.done(result);
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'started': {
        const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return this.arm(timeoutMs, () =>
          this.finish({ type: 'timeout', logs: this.logs, timeoutMs }),
        );
      }
      case 'log':
        this.logs.push(message.entry);
        return this.options.onLog?.(message.entry);
      case 'done':
        return this.finish({ type: 'ok', logs: this.logs });
      case 'error': {
        const { type: _type, id: _id, ...error } = message;
        return this.finish({ type: 'error', logs: this.logs, error });
      }
    }
  }

  private arm(ms: number, onExpire: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(onExpire, ms);
  }

  private fail(message: string): void {
    this.finish({
      type: 'error',
      logs: this.logs,
      error: { name: 'Error', message: `[playground] ${message}`, stack: '', phase: 'runtime' },
    });
  }
}
