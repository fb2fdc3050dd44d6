// Rendered fragments kept on disk between builds: MathJax's SVG per formula and shiki's HTML per
// code block, one file per digest of the fragment's input and of the pipeline's version. A page
// that must be rendered again (it changed, or the site's code did) then typesets and highlights
// only what is new. Files are content-addressed and written atomically, so render threads share
// the folder without locks.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where fragments live, and the version of the pipeline that made them (part of every key). */
export interface FragmentCacheOptions {
  dir: string;
  version: string;
}

/** A disk cache of rendered fragments; `through` returns the cached value or computes and keeps it. */
export class FragmentCache {
  /** Fragments found on disk and fragments computed, for build statistics and tests. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(readonly options: FragmentCacheOptions) {}

  through(kind: string, inputs: readonly string[], compute: () => string): string {
    const key = digest([this.options.version, kind, ...inputs]);
    const file = join(this.options.dir, kind, key.slice(0, 2), key);
    const cached = readIfExists(file);
    if (cached !== undefined) {
      this.stats.hits++;
      return cached;
    }
    const value = compute();
    this.stats.misses++;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, value);
    renameSync(temporary, file);
    return value;
  }
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
