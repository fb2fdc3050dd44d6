// Every TypeScript example in content/ type-checks against the libraries' real types.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence';
import { contentExamples } from './_content-examples';

// Examples import the libraries by bare name, as readers write them.
const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
  baseUrl: resolve('.'),
  paths: {
    datastore: ['src/lib/datastore/index.ts'],
    dronestore: ['src/lib/dronestore/index.ts'],
  },
};

/** The example as one module: hidden setup first, then the code; `export {}` makes top-level await legal. */
function moduleSource(example: RunnableExample): string {
  return `${example.hiddenSetup ? `${example.hiddenSetup}\n` : ''}${example.code}\nexport {};\n`;
}

/** Type errors of every example, as `file:line: message` (lines of the content file). */
function typeErrors(examples: RunnableExample[]): string[] {
  const virtual = new Map(
    examples.map((example, i) => [resolve(`.tmp/examples/example-${i}.ts`), example]),
  );
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
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
  const program = ts.createProgram([...virtual.keys()], COMPILER_OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const example = diagnostic.file && virtual.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!example || diagnostic.start === undefined)
      return `${diagnostic.file?.fileName ?? '(program)'}: ${message}`;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    const hidden = example.hiddenSetup ? example.hiddenSetup.split('\n').length : 0;
    // The fence's first line of code is the line after the fence; hidden lines come first in it.
    return `${example.file}:${example.line + 1 + line}: ${message}${line < hidden ? ' (in the hidden setup)' : ''}`;
  });
}

describe('content examples', () => {
  const examples = contentExamples().filter((example) => example.lang === 'ts');

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it('type-check against the libraries', () => {
    expect(typeErrors(examples)).toEqual([]);
  }, 60_000);

  it('report a type error with its file and line', () => {
    const wrong: RunnableExample = {
      file: 'content/x.md',
      line: 10,
      lang: 'ts',
      code: "import { Key } from 'datastore';\nconst n: number = new Key('/a').name;\nconsole.log(n);",
      expected: '',
    };
    expect(typeErrors([wrong])).toEqual([
      "content/x.md:12: Type 'string' is not assignable to type 'number'.",
    ]);
  }, 60_000);
});
