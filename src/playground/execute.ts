// Execution core shared by the build (Node) and the playground: compile (compile.ts), then run
// (run-compiled.ts). The page does the two steps in two workers; the build does both here.
import { compileExample, type ExampleSource } from './compile.ts';
import { runCompiled, type ExecuteOptions } from './run-compiled.ts';
import type { RunErrorInfo } from './protocol.ts';

export type { CompileResult, ExampleSource } from './compile.ts';
export { SOURCE_URL } from './_example-errors.ts';
export {
  createRequire,
  describeError,
  type ExecuteOptions,
  type ModuleMap,
} from './run-compiled.ts';

/**
 * Runs an example (TypeScript, imports, top-level await) as Node runs a script: until its timers
 * and microtasks are done, or until its first uncaught error or unhandled rejection. Resolves to
 * that error, if any; never rejects. Console output goes to `onLog` in call order.
 */
export async function executeExample(
  source: ExampleSource,
  options: ExecuteOptions,
): Promise<RunErrorInfo | undefined> {
  const compiled = compileExample(source);
  return compiled.ok ? runCompiled(compiled.js, source, options) : compiled.error;
}
