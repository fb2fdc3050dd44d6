// Content hashes for the build's caches (the API reference, the examples' type files): a cache is
// named by the hash of every file it was made from, so a changed source can never reuse it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** SHA-256 (hex) over each file's path and bytes, in the order given. */
export function hashFiles(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The files under `dir` whose names match `pattern`, sorted; builds, dependencies and tests left out. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/\/(dist|node_modules)\//.test(file) && !file.endsWith('.test.ts'))
    .sort();
}
