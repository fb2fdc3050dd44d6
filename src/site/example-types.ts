// The files the editor's type service reads: TypeScript's lib files and the packages' declarations,
// generated from the library sources when the site is built (dist/*.d.ts exist only after
// `npm run build:packages`, never in a fresh clone).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { SOURCE_CONDITION } from '../../package-conditions.ts';
import { EXAMPLE_LIBS, exampleCompilerOptions } from '../playground/types/compiler-options.ts';
import type { ExampleTypeFiles } from '../playground/types/example-service.ts';
import { entryPoints, type EntryPoint } from './api-reference/entry-points.ts';
import { filesUnder, hashFiles } from './source-hash.ts';

/** Where generated declarations are kept between builds (gitignored), one file per sources hash. */
export const EXAMPLE_TYPES_DIR = '.tmp/example-types';

/** The folder of the declarations in the service's virtual file system. */
const TYPES_ROOT = '/types';
const LIB_DIR = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.d.ts'));

/** The type service's files, generated once per version of the library sources and cached. */
export function exampleTypeFiles(cacheDir = EXAMPLE_TYPES_DIR): ExampleTypeFiles {
  const cached = join(cacheDir, `${sourcesHash().slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as ExampleTypeFiles;
  } catch {
    const files = generateTypeFiles();
    mkdirSync(cacheDir, { recursive: true });
    // Written aside, then renamed: a build running at once never reads half a file.
    const staging = `${cached}.${process.pid}.tmp`;
    writeFileSync(staging, JSON.stringify(files));
    renameSync(staging, cached);
    return files;
  }
}

/** The package entry points a browser example can import (those not only for Node). */
export function browserEntryPoints(): EntryPoint[] {
  return entryPoints().filter((entry) => {
    const manifest = JSON.parse(
      readFileSync(join('src/lib', entry.library, 'package.json'), 'utf8'),
    );
    const subpath = `.${entry.specifier.slice(manifest.name.length)}`;
    return 'default' in manifest.exports[subpath];
  });
}

/** The source files the generated declarations depend on (library sources, manifests, this generator). */
export function exampleTypeSources(): string[] {
  return [
    ...filesUnder('src/lib', /\.ts$|package\.json$/),
    'src/site/example-types.ts',
    'src/playground/types/compiler-options.ts',
  ];
}

// --- Internal helpers ---

function generateTypeFiles(): ExampleTypeFiles {
  const entries = browserEntryPoints();
  const declarations = emitDeclarations(entries.map((entry) => entry.file));
  const paths = Object.fromEntries(
    entries.map((entry) => [entry.specifier, declarationPath(entry.file)]),
  );
  return { files: { ...libFiles(), ...declarations }, paths };
}

/** The declarations of `sources` and everything they import, at /types/<library>/…d.ts. */
function emitDeclarations(sources: string[]): Record<string, string> {
  const options: ts.CompilerOptions = {
    ...exampleCompilerOptions(ts),
    // The libraries are written against ES2023 and the DOM (tsconfig.packages.json).
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    customConditions: [SOURCE_CONDITION],
    rootDir: resolve('src/lib'),
    declarationDir: resolve('.tmp/example-types/emit'),
  };
  const host = ts.createCompilerHost(options);
  const out: Record<string, string> = {};
  host.writeFile = (name, text) => {
    out[`${TYPES_ROOT}/${relative(options.declarationDir!, name)}`] = text;
  };
  const program = ts.createProgram(sources, options, host);
  const { diagnostics } = program.emit(undefined, undefined, undefined, true);
  if (diagnostics.length > 0)
    throw new Error(
      `[example-types] declarations of the libraries could not be generated:\n${ts.formatDiagnostics(diagnostics, host)}`,
    );
  return out;
}

function declarationPath(source: string): string {
  return `${TYPES_ROOT}/${relative('src/lib', source).replace(/\.ts$/, '.d.ts')}`;
}

/** TypeScript's lib files that EXAMPLE_LIBS reference, at /lib.*.d.ts as @typescript/vfs expects. */
function libFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const pending: string[] = [...EXAMPLE_LIBS];
  for (let name = pending.pop(); name; name = pending.pop()) {
    if (`/${name}` in files) continue;
    const text = readFileSync(join(LIB_DIR, name), 'utf8');
    files[`/${name}`] = text;
    for (const [, lib] of text.matchAll(/^\/\/\/\s*<reference lib="([^"]+)"/gm))
      pending.push(`lib.${lib!.toLowerCase()}.d.ts`);
  }
  return files;
}

function sourcesHash(): string {
  return hashFiles([...exampleTypeSources(), join(LIB_DIR, '..', 'package.json')]);
}
