// One timed `astro build` of a given content folder, and what it wrote: for bench/build.bench.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one build cost, as GNU time measured the whole process (worker threads included). */
export interface BuildCost {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

export interface BuildPaths {
  root: string;
  contentDir: string;
  cacheDir: string;
  outDir: string;
}

/** Runs `astro build` of `paths.contentDir` into `paths.outDir`, caching in `paths.cacheDir`. */
export function timedBuild(paths: BuildPaths): BuildCost {
  const timing = join(mkdtempSync(join(tmpdir(), 'hub-bench-time-')), 'time.txt');
  const build = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      '-o',
      timing,
      process.execPath,
      'node_modules/astro/bin/astro.mjs',
    ].concat(['build', '--outDir', paths.outDir, '--silent']),
    {
      cwd: paths.root,
      encoding: 'utf8',
      env: { ...process.env, HUB_CONTENT_DIR: paths.contentDir, HUB_CACHE_DIR: paths.cacheDir },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (build.error)
    throw new Error('[bench] could not run /usr/bin/time (apt-get install time)', {
      cause: build.error,
    });
  if (build.status !== 0)
    throw new Error(`[bench] astro build failed:\n${build.stdout}\n${build.stderr}`);
  const [wall, user, system, maxRssKb] = readFileSync(timing, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  rmSync(join(timing, '..'), { recursive: true, force: true });
  return { wallSeconds: wall!, cpuSeconds: user! + system!, peakRssMb: maxRssKb! / 1024 };
}

/** Mean size of the HTML pages under `dir` (raw and gzipped, in KB). */
export function htmlPerPage(dir: string): { rawKb: number; gzKb: number } {
  const files = walk(dir).filter((file) => file.endsWith('index.html'));
  if (files.length === 0) return { rawKb: 0, gzKb: 0 };
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawKb: raw / files.length / 1024, gzKb: gz / files.length / 1024 };
}

/** Files that differ between two build outputs (missing on either side counts), as paths relative to them. */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) => walk(dir).map((file) => relative(dir, file));
  const names = [...new Set([...list(a), ...list(b)])].sort();
  return names.filter((name) => {
    const [fa, fb] = [join(a, name), join(b, name)];
    return !existsSync(fa) || !existsSync(fb) || !readFileSync(fa).equals(readFileSync(fb));
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
