// Where an example's error is for the reader: lines of the compiled source (setup, then code)
// mapped back to the visible code or the hidden setup, and a syntax error in that form. Shared by
// the compiler and the executor (whose runtime errors are described in _runtime-error.ts).
import type { RunErrorInfo } from './protocol.ts';

/** The file name given to example code, so stack frames can be recognised. */
export const SOURCE_URL = 'run-example.ts';

/** Maps lines of the executed source (setup, then code) back to what the reader sees. */
export class LineMap {
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

/** A transpiler's (or the engine's) syntax error, with the line sucrase reports, if any. */
export function syntaxError(error: unknown, lines: LineMap): RunErrorInfo {
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
