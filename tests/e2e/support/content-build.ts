// Real `astro build` runs of a given content folder with their own cache folder, for the build
// tests (incremental and deterministic builds): what the build printed, and whether it passed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface ContentBuild {
  contentDir: string;
  cacheDir: string;
  outDir: string;
}

/** Builds `contentDir` into `outDir`, caching in `cacheDir`; returns the exit status and output. */
export function buildContent({ contentDir, cacheDir, outDir }: ContentBuild): {
  ok: boolean;
  output: string;
} {
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: { ...buildEnv(), HUB_CONTENT_DIR: contentDir, HUB_CACHE_DIR: `${cacheDir}/` },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { ok: build.status === 0, output: `${build.stdout}\n${build.stderr}` };
}

/** The loader's count of pages it rendered (rather than took from the cache) in a build's output. */
export function renderedCount(output: string): number {
  const match = /rendered (\d+) of \d+ pages/.exec(output);
  if (!match) throw new Error(`the build printed no render count:\n${output}`);
  return Number(match[1]);
}

/** Writes `files` (paths relative to `dir`). */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Every file of a build output with its bytes, keyed by path relative to `dir`. */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(dir, file), readFileSync(file)]),
  );
}

/** Paths whose bytes differ between two snapshots (or exist in one only). */
export function changedFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter(
    (name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name),
  );
}

// Under vitest, process.env carries Vite's variables (BASE_URL, MODE…), which Astro would read
// back as import.meta.env: a build must not inherit them.
function buildEnv(): NodeJS.ProcessEnv {
  const vite = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !vite.includes(name) && !name.startsWith('VITEST'),
    ),
  );
}
