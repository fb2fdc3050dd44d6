// Type-checks TypeScript examples against the libraries' real types, as a reader's editor would.
import { resolve } from 'node:path';
import ts from 'typescript';
import { SOURCE_CONDITION } from '../../package-conditions.ts';
import { ContentError } from '../markdown/errors.ts';
import type { RunnableExample } from '../markdown/plugins/runnable-fence.ts';
import { exampleCompilerOptions, MODULE_MARKER } from '../playground/types/compiler-options.ts';

/** One type error of an example, at a line of its content file. */
export interface ExampleTypeError {
  file: string;
  /** 1-based line in the content file; undefined for an error outside the examples. */
  line: number | undefined;
  message: string;
}

// Examples import the packages by name, as readers write them; the source condition resolves
// them to the workspace's TypeScript sources (see package-conditions.ts), so no build is needed.
// The rest of the options are the editor's too (src/playground/types/compiler-options.ts).
const COMPILER_OPTIONS: ts.CompilerOptions = {
  ...exampleCompilerOptions(ts),
  customConditions: [SOURCE_CONDITION],
};

// Node-only examples (```ts run node) are checked in a program of their own that has Node's types
// (`node:os`, `node:path`, `process`), which a browser example must never see; the `node`
// condition resolves the Node backends as a reader's Node would.
const NODE_COMPILER_OPTIONS: ts.CompilerOptions = {
  ...COMPILER_OPTIONS,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  customConditions: [SOURCE_CONDITION, 'node'],
};

/** The example as one module: hidden setup first, then the code; `export {}` makes top-level await legal. */
function moduleSource(example: RunnableExample): string {
  return `${example.hiddenSetup ? `${example.hiddenSetup}\n` : ''}${example.code}${MODULE_MARKER}`;
}

/** Type errors of the TypeScript examples, as `file:line: message` (lines of the content file). */
export function exampleTypeErrors(examples: readonly RunnableExample[]): string[] {
  return exampleTypeDiagnostics(examples).map(
    ({ file, line, message }) => `${file}${line ? `:${line}` : ''}: ${message}`,
  );
}

/**
 * Fails the build on any type error in the TypeScript examples: the first one as a ContentError
 * (file, line, fix), all of them listed in its message.
 */
export function assertExamplesTypeCheck(examples: readonly RunnableExample[]): void {
  const errors = exampleTypeDiagnostics(examples);
  const first = errors[0];
  if (!first) return;
  const rest = errors.slice(1).map(({ file, line, message }) => `\n${file}:${line}: ${message}`);
  throw new ContentError(
    first.file,
    first.line,
    `type error in an example: ${first.message}${rest.join('')}`,
    "fix the example so it type-checks against the library, as a reader's editor would check it (`npm run check` lists every error)",
  );
}

/** Type errors of the TypeScript examples, each at a line of its content file. */
export function exampleTypeDiagnostics(examples: readonly RunnableExample[]): ExampleTypeError[] {
  const typed = examples.filter((example) => example.lang === 'ts');
  const browser = typed.filter((example) => example.runtime !== 'node');
  const node = typed.filter((example) => example.runtime === 'node');
  return [
    ...programDiagnostics(browser, 'example', COMPILER_OPTIONS),
    ...(node.length > 0 ? programDiagnostics(node, 'node-example', NODE_COMPILER_OPTIONS) : []),
  ];
}

/** Type-checks `examples` as one program of virtual modules `.tmp/examples/<prefix>-<i>.ts`. */
function programDiagnostics(
  examples: readonly RunnableExample[],
  prefix: string,
  options: ts.CompilerOptions,
): ExampleTypeError[] {
  const virtual = new Map(
    examples.map((example, i) => [resolve(`.tmp/examples/${prefix}-${i}.ts`), example]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => virtual.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => (virtual.has(name) ? moduleSource(virtual.get(name)!) : readFile(name));
  host.getSourceFile = (name, language) => {
    const example = virtual.get(name);
    return example
      ? ts.createSourceFile(name, moduleSource(example), language)
      : getSourceFile(name, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const example = diagnostic.file && virtual.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!example || diagnostic.start === undefined)
      return { file: diagnostic.file?.fileName ?? '(program)', line: undefined, message };
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    const hidden = example.hiddenSetup ? example.hiddenSetup.split('\n').length : 0;
    // The fence's first line of code is the line after the fence; hidden lines come first in it.
    return {
      file: example.file,
      line: example.line + 1 + line,
      message: `${message}${line < hidden ? ' (in the hidden setup)' : ''}`,
    };
  });
}
