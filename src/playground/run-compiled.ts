// The executor: runs a compiled example (compile.ts) as Node runs a script, with its console, its
// imports and its timers, and reports its first uncaught error. Shared by the build (Node) and
// the runner worker, which loads no compiler.
import { ConsoleWriter } from './_console.ts';
import { LineMap, SOURCE_URL, syntaxError } from './_example-errors.ts';
import { runtimeError } from './_runtime-error.ts';
import { RunScope } from './_run-scope.ts';
import type { ExampleSource } from './compile.ts';
import type { LogEntry, RunErrorInfo } from './protocol.ts';

/** Bare module names an example may import, mapped to the module objects. */
export type ModuleMap = Readonly<Record<string, object>>;

/** Options for `executeExample` and `runCompiled`. */
export interface ExecuteOptions {
  modules: ModuleMap;
  /** Every name an example may import, when `modules` holds only those the example names (the
   * worker loads no other); by default, the names in `modules`. */
  importable?: readonly string[];
  onLog: (entry: LogEntry) => void;
  /** How many characters the next console entry may use (0: drop it unformatted); unbounded by default. */
  maxEntryChars?: () => number;
}

/**
 * Runs compiled example code until its timers and microtasks are done, or until its first
 * uncaught error or unhandled rejection. Resolves to that error, if any, with its line in
 * `source`; never rejects. Console output goes to `onLog` in call order.
 */
export async function runCompiled(
  js: string,
  source: Pick<ExampleSource, 'setup'>,
  options: ExecuteOptions,
): Promise<RunErrorInfo | undefined> {
  const lines = new LineMap(source.setup);
  let fn: AsyncFn;
  try {
    fn = new AsyncFunction(...PARAMETERS, `${js}\n//# sourceURL=${SOURCE_URL}`);
  } catch (error) {
    return syntaxError(error, lines);
  }
  const scope = new RunScope();
  const writer = new ConsoleWriter(options);
  try {
    const { setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask } = scope.timers;
    const args = [setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask];
    const require = createRequire(options.modules, options.importable);
    await fn(require, writer.methods(), {}, ...args);
    const failure = await scope.settled();
    await writer.flushed();
    return failure && runtimeError(failure.error, lines);
  } catch (error) {
    await writer.flushed();
    return runtimeError(error, lines);
  } finally {
    scope.dispose();
  }
}

/** Describes an error thrown while an example ran, with its line in the example when known. */
export function describeError(error: unknown, source: Pick<ExampleSource, 'setup'>): RunErrorInfo {
  return runtimeError(error, new LineMap(source.setup));
}

/** Creates the `require` that examples' imports turn into: bare library names only. */
export function createRequire(
  modules: ModuleMap,
  importable: readonly string[] = Object.keys(modules),
): (name: string) => object {
  return (name) => {
    const found = Object.hasOwn(modules, name) ? modules[name] : undefined;
    if (found) return found;
    if (importable.includes(name)) {
      throw new Error(
        `[playground] cannot import '${name}' here: the runner loads a library only when the ` +
          `example names it in an import, as in import * as lib from '${name}'`,
      );
    }
    const known = importable.map((n) => `'${n}'`);
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
