// What a reader's first Edit loads, gzipped: the editor (CodeMirror), then the type service (its
// editor side and its worker: TypeScript, the lib files and the packages' declarations).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn, resolveInDist } from './_dist-files.ts';
import { measurePage, staticImports } from './_budget.ts';

/** One part loaded on first Edit: its files (relative to dist) and their gzipped bytes. */
export interface EditPart {
  files: string[];
  bytes: number;
}

/** The editor and the type service, as loaded on top of a page's eager scripts. */
export interface EditWeight {
  editor: EditPart;
  typeService: EditPart;
}

/** Measures the built site in `distDir`; undefined when it has no example editor. */
export function measureEditWeight(distDir: string): EditWeight | undefined {
  const assets = readdirSync(join(distDir, '_astro')).map((name) => `_astro/${name}`);
  const find = (pattern: RegExp) => assets.find((file) => pattern.test(file));
  const editorChunk = find(/^_astro\/editor\.[\w-]+\.js$/);
  const glue = find(/^_astro\/type-extensions\.[\w-]+\.js$/);
  const worker = find(/^_astro\/types\.worker-[\w-]+\.js$/);
  if (!editorChunk || !glue || !worker) return undefined;
  const eager = new Set(
    htmlFilesIn(distDir)
      .filter((file) => readFileSync(join(distDir, file), 'utf8').includes('<run-example'))
      .flatMap((file) => measurePage(distDir, file).scripts),
  );
  const editor = closure(distDir, editorChunk).filter((file) => !eager.has(file));
  const service = [...closure(distDir, glue), ...closure(distDir, worker)].filter(
    (file) => !eager.has(file) && !editor.includes(file),
  );
  return { editor: part(distDir, editor), typeService: part(distDir, service) };
}

/** One line for the budget report. */
export function editWeightLine(weight: EditWeight | undefined): string {
  if (!weight) return 'On first Edit: no example editor in this build.';
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `On first Edit (gzip, on top of the page's scripts): editor ${kb(weight.editor.bytes)} ` +
    `(${weight.editor.files.length} files), then the type service ${kb(weight.typeService.bytes)} ` +
    `(${weight.typeService.files.length} files; TypeScript, its lib files and the packages' declarations).`
  );
}

// --- Internal helpers ---

/** `file` and everything it imports statically. */
function closure(distDir: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  // Only chunks: the worker's text holds declaration files, whose `import … from './x.ts'` lines
  // are strings, not imports.
  const chunks = staticImports(readFileSync(join(distDir, file), 'utf8')).filter((specifier) =>
    specifier.endsWith('.js'),
  );
  for (const specifier of chunks) closure(distDir, resolveInDist(distDir, file, specifier), seen);
  return [...seen];
}

function part(distDir: string, files: string[]): EditPart {
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );
  return { files, bytes };
}
