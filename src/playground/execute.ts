// Execution core shared by the build (Node) and the runner worker: transpile, run, capture, map lines.
import { transform, type Transform } from 'sucrase';
import { ConsoleWriter } from './_console.ts';
import { RunScope } from './_run-scope.ts';
import { formatValue } from './format.ts';
import type { LogEntry, RunErrorInfo } from './protocol.ts';

/** Bare module names an example may import, mapped to the module objects. */
export type ModuleMap = Readonly<Record<string, object>>;

/** The code of an example: the visible part and the hidden setup that runs before it. */
export interface ExampleSource {
  code: string;
  setup?: string;
  /** `ts` (the default) is type-stripped; `js` only has its imports rewritten. */
  lang?: 'ts' | 'js';
}

/** Options for `executeExample`. */
export interface ExecuteOptions {
  modules: ModuleMap;
  onLog: (entry: LogEntry) => void;
  /** How many characters the next console entry may use (0: drop it unformatted); unbounded by default. */
  maxEntryChars?: () => number;
}

/** The file name given to example code, so stack frames can be recognised. */
export const SOURCE_URL = 'run-example.ts';

/**
 * Runs an example (TypeScript, imports, top-level await) as Node runs a script: until its timers
 * and microtasks are done, or until its first uncaught error or unhandled rejection. Resolves to
 * that error, if any; never rejects. Console output goes to `onLog` in call order.
 */
export async function executeExample(
  source: ExampleSource,
  options: ExecuteOptions,
): Promise<RunErrorInfo | undefined> {
  const lines = new LineMap(source.setup);
  const full = source.setup ? `${source.setup}\n${source.code}` : source.code;
  let fn: AsyncFn;
  try {
    const transforms: Transform[] = source.lang === 'js' ? ['imports'] : ['typescript', 'imports'];
    fn = compile(transform(full, { transforms }).code);
  } catch (error) {
    return syntaxError(error, lines);
  }
  const scope = new RunScope();
  const writer = new ConsoleWriter(options);
  try {
    const { setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask } = scope.timers;
    const args = [setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask];
    await fn(createRequire(options.modules), writer.methods(), {}, ...args);
    const failure = await scope.settled();
    await writer.flushed();
    return failure && describeError(failure.error, source);
  } catch (error) {
    await writer.flushed();
    return describeError(error, source);
  } finally {
    scope.dispose();
  }
}

/** Describes an error thrown while an example ran, with its line in the example when known. */
export function describeError(error: unknown, source: ExampleSource): RunErrorInfo {
  return runtimeError(error, new LineMap(source.setup));
}

/** Creates the `require` that examples' imports turn into: bare library names only. */
export function createRequire(modules: ModuleMap): (name: string) => object {
  return (name) => {
    const found = Object.hasOwn(modules, name) ? modules[name] : undefined;
    if (found) return found;
    const known = Object.keys(modules).map((n) => `'${n}'`);
    throw new Error(
      `[playground] cannot import '${name}': examples can import ${known.join(', ')}`,
    );
  };
}

// --- Internal helpers ---

type AsyncFn = (...args: unknown[]) => Promise<unknown>;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => AsyncFn;

/** An error's name and message, or a thrown value, are shown up to this length. */
const MAX_THROWN_CHARS = 4096;
const MAX_STACK_CHARS = 16_384;

/** Lines the engine adds above the body of a `new Function`; measured, since engines differ. */
const WRAPPER_LINES = measureWrapperLines();

/** The names the example sees in place of the host's: its console, its imports, its timers. */
const PARAMETERS = [
  'require',
  'console',
  'exports',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
];

function compile(js: string): AsyncFn {
  return new AsyncFunction(...PARAMETERS, `${js}\n//# sourceURL=${SOURCE_URL}`);
}

function measureWrapperLines(): number {
  try {
    new Function(`throw new Error('probe');\n//# sourceURL=${SOURCE_URL}`)();
  } catch (error) {
    const line = stackLine(error);
    if (line !== undefined) return line - 1;
  }
  return 2;
}

/** First line in the stack that belongs to the example, in the engine's numbering. */
function stackLine(error: unknown): number | undefined {
  const stack = error instanceof Error ? shown(() => error.stack ?? '', MAX_STACK_CHARS) : '';
  const match = new RegExp(`${SOURCE_URL.replace('.', '\\.')}:(\\d+)`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

/** Maps lines of the executed source (setup, then code) back to what the reader sees. */
class LineMap {
  private readonly setupLines: number;

  constructor(setup: string | undefined) {
    this.setupLines = setup ? setup.split('\n').length : 0;
  }

  /** Where a 1-based line of the full source is: a visible line, or a setup line. */
  locate(line: number | undefined): Pick<RunErrorInfo, 'line' | 'setupLine'> {
    if (line === undefined || line < 1) return {};
    return line > this.setupLines ? { line: line - this.setupLines } : { setupLine: line };
  }
}

function syntaxError(error: unknown, lines: LineMap): RunErrorInfo {
  const loc: unknown = error instanceof Error ? Reflect.get(error, 'loc') : undefined;
  const line = typeof loc === 'object' && loc !== null ? Reflect.get(loc, 'line') : undefined;
  const message =
    error instanceof Error ? error.message.replace(/ \(\d+:\d+\)$/, '') : String(error);
  return {
    name: 'SyntaxError',
    message,
    stack: '',
    phase: 'syntax',
    ...lines.locate(typeof line === 'number' ? line : undefined),
  };
}

function runtimeError(error: unknown, lines: LineMap): RunErrorInfo {
  const line = stackLine(error);
  const location = lines.locate(line === undefined ? undefined : line - WRAPPER_LINES);
  if (error instanceof Error) {
    const phase = error instanceof SyntaxError && line === undefined ? 'syntax' : 'runtime';
    // Cut to size: an example may throw an error with a huge (or non-string) message.
    return {
      name: shown(() => error.name, MAX_THROWN_CHARS),
      message: shown(() => error.message, MAX_THROWN_CHARS),
      stack: shown(() => error.stack ?? '', MAX_STACK_CHARS),
      phase,
      ...location,
    };
  }
  // `throw null`: Node shows the value itself (`Uncaught null`), with no error name.
  return {
    name: '',
    message: shown(() => formatValue(error, { maxChars: MAX_THROWN_CHARS }), MAX_THROWN_CHARS),
    stack: '',
    phase: 'runtime',
    thrownValue: true,
  };
}

/** A string for a field of a thrown value, whatever it holds (a getter may even throw). */
function shown(read: () => unknown, maxChars: number): string {
  try {
    const value = read();
    return (typeof value === 'string' ? value : String(value)).slice(0, maxChars);
  } catch {
    return '[a value that cannot be shown]';
  }
}
