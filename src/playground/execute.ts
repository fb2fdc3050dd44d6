// Execution core shared by the build (Node) and the runner worker: transpile, run, capture, map lines.
import { transform, type Transform } from 'sucrase';
import { formatArgs, formatValue } from './format.ts';
import type { LogEntry, LogLevel, RunErrorInfo } from './protocol.ts';

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
}

/** The file name given to example code, so stack frames can be recognised. */
export const SOURCE_URL = 'run-example.ts';

/**
 * Runs an example (TypeScript, imports, top-level await) and resolves to its uncaught error, if any.
 * Never rejects; console output goes to `onLog` in call order.
 */
export async function executeExample(
  source: ExampleSource,
  options: ExecuteOptions,
): Promise<RunErrorInfo | undefined> {
  const lines = new LineMap(source.setup);
  const full = source.setup ? `${source.setup}\n${source.code}` : source.code;
  let fn: (...args: unknown[]) => Promise<unknown>;
  try {
    const transforms: Transform[] = source.lang === 'js' ? ['imports'] : ['typescript', 'imports'];
    fn = compile(transform(full, { transforms }).code);
  } catch (error) {
    return syntaxError(error, lines);
  }
  try {
    await fn(createRequire(options.modules), createConsole(options), {});
    return undefined;
  } catch (error) {
    return describeError(error, source);
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

/** Lines the engine adds above the body of a `new Function`; measured, since engines differ. */
const WRAPPER_LINES = measureWrapperLines();

function compile(js: string): AsyncFn {
  return new AsyncFunction('require', 'console', 'exports', `${js}\n//# sourceURL=${SOURCE_URL}`);
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
  const stack = error instanceof Error ? (error.stack ?? '') : '';
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
    return {
      name: error.name,
      message: error.message,
      stack: error.stack ?? '',
      phase,
      ...location,
    };
  }
  return { name: 'Uncaught', message: formatArgs([error]), stack: '', phase: 'runtime' };
}

function createConsole({ onLog }: ExecuteOptions): Record<string, (...args: unknown[]) => void> {
  const emit =
    (level: LogLevel) =>
    (...args: unknown[]) =>
      onLog({ level, text: formatArgs(args) });
  return {
    log: emit('log'),
    info: emit('info'),
    debug: emit('log'),
    warn: emit('warn'),
    error: emit('error'),
    // Like Node: even a string is inspected (quoted).
    dir: (value: unknown) => onLog({ level: 'log', text: formatValue(value) }),
  };
}
