// The compiler: an example's TypeScript (or JavaScript) to the JavaScript the executor runs, its
// imports turned into `require` calls. It runs no example code, so the page keeps it in one
// long-lived worker (compiler.worker.ts), warm from run to run; the build calls it in Node.
import { transform, type Transform } from 'sucrase';
import { LineMap, syntaxError } from './_example-errors.ts';
import type { RunErrorInfo } from './protocol.ts';

/** The code of an example: the visible part and the hidden setup that runs before it. */
export interface ExampleSource {
  code: string;
  setup?: string;
  /** `ts` (the default) is type-stripped; `js` only has its imports rewritten. */
  lang?: 'ts' | 'js';
}

/** The compiled example (setup, then code, as one script), or its syntax error. */
export type CompileResult = { ok: true; js: string } | { ok: false; error: RunErrorInfo };

/** Compiles `source`; a syntax error comes back with its line in the visible code or the setup. */
export function compileExample(source: ExampleSource): CompileResult {
  const full = source.setup ? `${source.setup}\n${source.code}` : source.code;
  const transforms: Transform[] = source.lang === 'js' ? ['imports'] : ['typescript', 'imports'];
  try {
    return { ok: true, js: transform(full, { transforms }).code };
  } catch (error) {
    return { ok: false, error: syntaxError(error, new LineMap(source.setup)) };
  }
}
