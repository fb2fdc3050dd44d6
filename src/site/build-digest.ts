// Digests for the build caches: of a page's inputs, and of the code that turns inputs into output.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** SHA-256 (hex) of the parts, each length-prefixed so that ("ab", "c") ≠ ("a", "bc"). */
export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** A digest of the files (and every file under the folders) in `paths`, relative to `root`:
 * names and contents, in a fixed order. A missing path counts as empty. */
export async function digestOfFiles(root: string, paths: readonly string[]): Promise<string> {
  const files = (await Promise.all(paths.map((path) => filesUnder(join(root, path)))))
    .flat()
    .sort();
  const parts = await Promise.all(
    files.map(async (file) => [relative(root, file), await readFile(file, 'utf8')]),
  );
  return digestOf(...parts.flat());
}

async function filesUnder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [path];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

/** What decides how markdown becomes HTML: the pipeline's and the site's code, and the exact
 * dependency versions (the lockfile). Any change to them re-renders every page. */
export const RENDERER_INPUTS = ['src/markdown', 'src/site', 'package-lock.json'];

/** What decides how one formula or one code block is rendered: the markdown pipeline and the
 * dependency versions (see src/markdown/fragment-cache.ts). */
export const FRAGMENT_INPUTS = ['src/markdown', 'package-lock.json'];

/** What decides whether an example prints its output block: the libraries, the runner, the lockfile. */
export const EXAMPLE_INPUTS = [
  'package-conditions.ts',
  'src/site/typecheck-examples.ts',
  'src/lib',
  'src/playground',
  'src/site/verify-examples.ts',
  'src/site/example-thread.ts',
  'src/site/example-thread-runner.ts',
  'package-lock.json',
];
