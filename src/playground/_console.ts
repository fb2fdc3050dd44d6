// The `console` an example gets: Node's formatting, entries in call order, an output budget.
import { formatArgs, formatValue, type InspectOptions, type PromiseState } from './format.ts';
import type { LogEntry, LogLevel } from './protocol.ts';

/** Where entries go and how long the next one may be (0: drop it without formatting). */
export interface ConsoleOptions {
  onLog: (entry: LogEntry) => void;
  maxEntryChars?: () => number;
}

/**
 * Writes console entries in call order. An entry holding a promise needs the promise's state,
 * which a browser can only read a microtask later: that entry, and the ones after it, wait.
 */
export class ConsoleWriter {
  private tail: Promise<void> | undefined;
  private readonly states = new WeakMap<Promise<unknown>, PromiseState>();

  constructor(private readonly options: ConsoleOptions) {}

  /** The console object given to the example. */
  methods(): Record<string, (...args: unknown[]) => void> {
    const emit =
      (level: LogLevel) =>
      (...args: unknown[]) =>
        this.write(level, (options) => formatArgs(args, options));
    return {
      log: emit('log'),
      info: emit('info'),
      debug: emit('log'),
      warn: emit('warn'),
      error: emit('error'),
      // Like Node: even a string is inspected (quoted).
      dir: (value: unknown) => this.write('log', (options) => formatValue(value, options)),
    };
  }

  /** Resolves once every entry written so far has reached `onLog`. */
  async flushed(): Promise<void> {
    while (this.tail) await this.tail;
  }

  private write(level: LogLevel, format: (options: InspectOptions) => string): void {
    const maxChars = this.options.maxEntryChars?.() ?? Infinity;
    if (maxChars <= 0) return;
    const unknown: Promise<unknown>[] = [];
    const options: InspectOptions = {
      maxChars,
      promiseState: (promise) => this.states.get(promise),
      onUnknownPromise: (promise) => unknown.push(promise),
    };
    const text = format(options);
    if (unknown.length === 0 && !this.tail) return this.options.onLog({ level, text });
    const ready =
      unknown.length === 0
        ? Promise.resolve(text)
        : Promise.all(unknown.map(probe)).then((states) => {
            states.forEach((state, i) => this.states.set(unknown[i]!, state));
            return format({ ...options, onUnknownPromise: () => {} });
          });
    const tail: Promise<void> = (this.tail ?? Promise.resolve())
      .then(() => ready)
      .catch(() => text)
      .then((final) => {
        this.options.onLog({ level, text: final });
        if (this.tail === tail) this.tail = undefined;
      });
    this.tail = tail;
  }
}

// --- Internal helpers ---

// Captured before any example runs: an example may replace Promise.prototype.then.
const then = Promise.prototype.then;
const apply = Reflect.apply;

/** A promise's state now: a settled promise's reaction runs before that of one resolved after it. */
function probe(promise: Promise<unknown>): Promise<PromiseState> {
  return new Promise((resolve) => {
    apply(then, promise, [
      (value: unknown) => resolve({ state: 'fulfilled', value }),
      (value: unknown) => resolve({ state: 'rejected', value }),
    ]);
    apply(then, Promise.resolve(), [() => resolve({ state: 'pending' })]);
  });
}
