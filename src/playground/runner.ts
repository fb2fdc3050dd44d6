// Runner facade: runs example code in a fresh Web Worker, with a timeout; never rejects. The
// workers, and the compiler worker that compiles for them all, come from worker-pool.ts.
import {
  OUTPUT_LIMITS,
  isWorkerMessage,
  type LogEntry,
  type RunRequest,
  type RunResult,
  type WorkerMessage,
} from './protocol.ts';
import type { StoreSnapshot } from './inspector/snapshot.ts';
import { compileFor, compilerWorker, discardCompiler, prewarm, takeWorker } from './worker-pool.ts';

export { prewarm, SPARE_WORKERS } from './worker-pool.ts';

/** How long example code may run before its worker is terminated. */
export const DEFAULT_TIMEOUT_MS = 2000;
/** How long a worker may take to load (the compile and the libraries) before the run gives up. */
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
  /** Called once, before the run finishes, with the stores the example created (if any). */
  onStores?: (snapshot: StoreSnapshot) => void;
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

/** One run in one worker, on a private port: collects its messages, owns its deadline on the
 * page's clock, terminates the worker at the end. Every message is checked in full; one that
 * does not belong (wrong shape, wrong order, over the output limits) ends the run as an error. */
class RunSession {
  readonly logs: LogEntry[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finished = false;
  private phase: 'loading' | 'running' = 'loading';
  private readonly port: MessagePort;
  private readonly peer: MessagePort;
  private outputChars = 0;
  private storesSeen = false;
  private unwatchCompiler: (() => void) | undefined;
  private refilled = false;

  constructor(
    private readonly worker: Worker,
    private readonly id: number,
    private readonly options: RunOptions,
    private readonly done: (result: RunResult) => void,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.peer = channel.port2;
  }

  start(request: RunRequest): void {
    const compiled = compileFor(request);
    this.port.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    this.port.onmessageerror = () => this.violation();
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(
        this.phase === 'loading'
          ? event.message || 'the example runner failed to load'
          : 'the example runner stopped unexpectedly',
      );
    };
    // The clock starts now, when Run was pressed; the worker's load time (until its one
    // `started`) is bounded separately, so a cold start does not eat the example's time.
    this.arm(LOAD_TIMEOUT_MS, () => {
      // The compiler is shared by every run of the page: one stuck on this code must not take
      // the next runs down with it.
      discardCompiler();
      this.fail('the example runner took too long to load');
    });
    this.watchCompiler();
    this.worker.postMessage(request, [this.peer, compiled]);
  }

  finish(result: RunResult): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.unwatchCompiler?.();
    this.port.onmessage = null;
    this.port.close();
    this.worker.onerror = null;
    this.worker.terminate();
    this.done(result);
    this.refill();
  }

  private receive(data: unknown): void {
    if (this.finished) return;
    if (!isWorkerMessage(data, OUTPUT_LIMITS.entryBytes) || data.id !== this.id) {
      return this.violation();
    }
    const message: WorkerMessage = data;
    if ((message.type === 'started') !== (this.phase === 'loading')) return this.violation();
    switch (message.type) {
      case 'started': {
        this.phase = 'running';
        const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return this.arm(timeoutMs, () =>
          this.finish({ type: 'timeout', logs: this.logs, timeoutMs }),
        );
      }
      case 'log':
        this.log(message.entry);
        return this.refill();
      case 'stores':
        if (this.storesSeen) return this.violation();
        this.storesSeen = true;
        return this.options.onStores?.(message.snapshot);
      case 'done':
        return this.finish({ type: 'ok', logs: this.logs });
      case 'error': {
        const { type: _type, id: _id, ...error } = message;
        return this.finish({ type: 'error', logs: this.logs, error });
      }
    }
  }

  /** Keeps an entry within the run's limits, which the worker already applied (a second check). */
  private log(entry: LogEntry): void {
    this.outputChars += entry.text.length;
    if (
      this.logs.length >= OUTPUT_LIMITS.entries + NOTICES ||
      this.outputChars > OUTPUT_LIMITS.runBytes + NOTICES * NOTICE_CHARS
    ) {
      return this.violation();
    }
    const copy: LogEntry = { level: entry.level, text: entry.text };
    this.logs.push(copy);
    this.options.onLog?.(copy);
  }

  /** While the run loads, a compiler that fails to load fails the run (instead of a long wait). */
  private watchCompiler(): void {
    const worker = compilerWorker();
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      if (this.phase === 'loading')
        this.fail(
          `the example compiler failed to load${event.message ? `: ${event.message}` : ''}`,
        );
    };
    worker.addEventListener('error', onError);
    this.unwatchCompiler = () => worker.removeEventListener('error', onError);
  }

  /** Tops up the spares once this run has shown its first output (or ended), in a task of their
   * own: while the run loads and until its output is on screen, new workers would compete with
   * it for the CPU (on a cold start, with the page's two cores). */
  private refill(): void {
    if (this.refilled) return;
    this.refilled = true;
    setTimeout(prewarm, 0);
  }

  private violation(): void {
    this.fail(
      'the example runner sent a message that does not follow the protocol; the run was stopped',
    );
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

/** Notices ("output truncated") a run may add: one per cut entry, and a last one. */
const NOTICES = OUTPUT_LIMITS.runBytes / OUTPUT_LIMITS.entryBytes + 2;
const NOTICE_CHARS = 256;
