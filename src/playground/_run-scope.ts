// The pending work of one run, as Node's event loop sees it: the example's timers, its
// microtasks, and its first uncaught error or unhandled rejection. A run ends when nothing is
// pending (Node exits) or at the first uncaught error (Node crashes), whichever comes first.

/** The timer functions an example gets in place of the host's, so its timers are tracked. */
export interface TimerFunctions {
  setTimeout: (callback: unknown, ms?: number, ...args: unknown[]) => unknown;
  clearTimeout: (handle: unknown) => void;
  setInterval: (callback: unknown, ms?: number, ...args: unknown[]) => unknown;
  clearInterval: (handle: unknown) => void;
  queueMicrotask: (callback: unknown) => void;
}

/** Tracks one run's timers and uncaught errors; `dispose` stops whatever is left. */
export class RunScope {
  readonly timers: TimerFunctions;
  private readonly pending = new Set<unknown>();
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private disposed = false;
  private readonly unwatch: () => void;

  constructor() {
    this.timers = {
      setTimeout: (callback, ms, ...args) => this.schedule(callback, ms, args, false),
      clearTimeout: (handle) => this.clear(handle),
      setInterval: (callback, ms, ...args) => this.schedule(callback, ms, args, true),
      clearInterval: (handle) => this.clear(handle),
      queueMicrotask: (callback) => {
        const fn = checkCallback(callback);
        HOST.queueMicrotask(() => this.invoke(fn, []));
      },
    };
    this.unwatch = watchUncaught((error) => this.fail(error));
  }

  /** Records the run's first uncaught error (later ones are dropped, as after Node's crash). */
  fail(error: unknown): void {
    if (this.disposed) return;
    this.failure ??= { error };
    this.notify();
  }

  /**
   * Waits until the example has nothing pending (its timers done, its microtasks run, rejections
   * reported) and resolves with its first uncaught error, if any.
   */
  async settled(): Promise<{ error: unknown } | undefined> {
    for (;;) {
      // Two host tasks: microtasks run, then the host reports unhandled rejections.
      await hostTask();
      await hostTask();
      if (this.failure || this.pending.size === 0) return this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Clears the timers left and stops watching for uncaught errors. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const handle of this.pending) HOST.clearTimeout(handle);
    this.pending.clear();
    this.unwatch();
    this.notify();
  }

  private schedule(callback: unknown, ms: unknown, args: unknown[], repeat: boolean): unknown {
    const fn = checkCallback(callback);
    if (this.disposed) return undefined;
    const delay = Number(ms) || 0;
    const handle: unknown = repeat
      ? HOST.setInterval(() => this.invoke(fn, args), delay)
      : HOST.setTimeout(() => {
          this.pending.delete(handle);
          this.invoke(fn, args);
          this.notify();
        }, delay);
    this.pending.add(handle);
    return handle;
  }

  private clear(handle: unknown): void {
    if (!this.pending.delete(handle)) return;
    HOST.clearTimeout(handle);
    HOST.clearInterval(handle);
    this.notify();
  }

  private invoke(fn: (...args: unknown[]) => unknown, args: unknown[]): void {
    if (this.disposed) return;
    try {
      fn(...args);
    } catch (error) {
      this.fail(error);
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

// --- Internal helpers ---

// The host's functions, captured before any example runs (an example may replace the globals).
const HOST = {
  setTimeout: globalThis.setTimeout.bind(globalThis) as (fn: () => void, ms: number) => unknown,
  clearTimeout: globalThis.clearTimeout.bind(globalThis) as (handle: unknown) => void,
  setInterval: globalThis.setInterval.bind(globalThis) as (fn: () => void, ms: number) => unknown,
  clearInterval: globalThis.clearInterval.bind(globalThis) as (handle: unknown) => void,
  queueMicrotask: globalThis.queueMicrotask.bind(globalThis),
};

function hostTask(): Promise<void> {
  return new Promise((resolve) => HOST.setTimeout(resolve, 0));
}

function checkCallback(callback: unknown): (...args: unknown[]) => unknown {
  if (typeof callback !== 'function') {
    throw new TypeError(
      `The "callback" argument must be of type function. Received ${typeof callback}`,
    );
  }
  return callback as (...args: unknown[]) => unknown;
}

type NodeProcess = {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
};

/** Reports unhandled rejections (and, in a browser, uncaught errors) while a run is going. */
function watchUncaught(report: (error: unknown) => void): () => void {
  const process = (globalThis as { process?: Partial<NodeProcess> }).process;
  if (typeof process?.on === 'function' && typeof process.off === 'function') {
    const node = process as NodeProcess;
    node.on('unhandledRejection', report);
    return () => node.off('unhandledRejection', report);
  }
  if (typeof globalThis.addEventListener !== 'function') return () => {};
  // preventDefault: the run reports the error itself; it must not reach the page as a worker error.
  const onRejection = (event: PromiseRejectionEvent) => (
    event.preventDefault(),
    report(event.reason)
  );
  const onError = (event: ErrorEvent) => (event.preventDefault(), report(event.error));
  globalThis.addEventListener('unhandledrejection', onRejection);
  globalThis.addEventListener('error', onError);
  return () => {
    globalThis.removeEventListener('unhandledrejection', onRejection);
    globalThis.removeEventListener('error', onError);
  };
}
