// The compiler options examples are checked with: by the build (src/site/typecheck-examples.ts)
// and by the editor's type service (example-service.ts), so both report the same errors.
import type ts from 'typescript';

/**
 * The libraries examples see: ES2022 and a worker's globals (console, timers, fetch, IndexedDB),
 * because examples run in a Web Worker (runner.worker.ts), where `document` does not exist.
 */
export const EXAMPLE_LIBS = ['lib.es2022.d.ts', 'lib.webworker.d.ts'] as const;

/** Options shared by the build's check and the editor; each adds how it finds the packages. */
export function exampleCompilerOptions(typescript: typeof ts): ts.CompilerOptions {
  return {
    strict: true,
    noEmit: true,
    target: typescript.ScriptTarget.ES2022,
    module: typescript.ModuleKind.ESNext,
    moduleResolution: typescript.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: [...EXAMPLE_LIBS],
    types: [],
    skipLibCheck: true,
  };
}

/** Appended to every example: it makes the example a module, so top-level await is legal and
 * examples checked side by side do not share their top-level names. */
export const MODULE_MARKER = '\nexport {};\n';
