// A runtime error of an example as the reader sees it: name, message and stack cut to size (the
// example may throw anything, even a value whose getters throw), and its line in the visible code
// or the hidden setup, read from the first stack frame of the example.
import { LineMap, SOURCE_URL } from './_example-errors.ts';
import { formatValue } from './format.ts';
import type { RunErrorInfo } from './protocol.ts';

/** An error's name and message, or a thrown value, are shown up to this length. */
const MAX_THROWN_CHARS = 4096;
const MAX_STACK_CHARS = 16_384;

/** An error thrown while the example ran, located by the first stack frame of the example. */
export function runtimeError(error: unknown, lines: LineMap): RunErrorInfo {
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

// --- Internal helpers ---

/** Lines the engine adds above the body of a `new Function`; measured, since engines differ. */
const WRAPPER_LINES = measureWrapperLines();

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

/** A string for a field of a thrown value, whatever it holds (a getter may even throw). */
function shown(read: () => unknown, maxChars: number): string {
  try {
    const value = read();
    return (typeof value === 'string' ? value : String(value)).slice(0, maxChars);
  } catch {
    return '[a value that cannot be shown]';
  }
}
