// Build benchmark (issue 17): the hub's content plus N generated pages in one extra project,
// timed as a cold build (no caches), a warm build (nothing changed) and a one-page-changed build.
//
// `npm run bench -- build`; BENCH_PAGES=0,20,100,400,800 picks the sizes (0 is the hub alone),
// BENCH_RUNS=2 repeats each size (ranges are shown). Not part of `npm test`: it takes minutes.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printTable } from './_harness.ts';
import {
  differingFiles,
  htmlPerPage,
  timedBuild,
  type BuildCost,
  type BuildPaths,
} from './_build-run.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GEN_PAGES = process.env['GEN_PAGES'] ?? '/work/shared/tools/gen-pages.ts';
const SIZES = (process.env['BENCH_PAGES'] ?? '0,20,100,400,800').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
const PROJECT = 'generated';
const MODES = ['cold', 'warm', 'one page changed'] as const;
type Mode = (typeof MODES)[number];

const PROJECT_INDEX = `---
title: Generated pages
description: Synthetic pages from gen-pages.ts, for timing the build.
tagline: synthetic pages for the build benchmark
repository: https://example.org/generated
order: 99
---

Pages written by \`gen-pages.ts\`, about 600 words each with code, formulas, a table and links.
`;

/** A fresh content folder: the hub's content, plus `generated/` with N pages when N > 0. */
function prepareContent(contentDir: string, pages: number): void {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  if (pages === 0) return;
  const dir = join(contentDir, PROJECT);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.md'), PROJECT_INDEX);
  execSync(`npx tsx ${GEN_PAGES} ${dir} ${pages}`, { cwd: ROOT, stdio: 'ignore' });
}

/** The edit of the one-page-changed build: a new sentence with a new formula on one page. */
function changeOnePage(contentDir: string, pages: number, run: number): void {
  const file =
    pages > 0 ? join(contentDir, PROJECT, 'page-00001.md') : join(contentDir, 'architecture.md');
  appendFileSync(file, `\nEdited for the one-page-changed build, run ${run}: $x_{${run}} + 1$.\n`);
}

interface Row {
  pages: number;
  mode: Mode;
  costs: BuildCost[];
  gzKb: number;
  rawKb: number;
}

function measureSize(work: string, pages: number, run: number, rows: Map<string, Row>): void {
  const paths: BuildPaths = {
    root: ROOT,
    contentDir: join(work, 'content'),
    cacheDir: join(work, 'cache') + '/',
    outDir: join(work, 'dist'),
  };
  prepareContent(paths.contentDir, pages);
  rmSync(paths.cacheDir, { recursive: true, force: true });
  rmSync(paths.outDir, { recursive: true, force: true });
  for (const mode of MODES) {
    if (mode === 'one page changed') changeOnePage(paths.contentDir, pages, run);
    const cost = timedBuild(paths);
    const size = htmlPerPage(pages > 0 ? join(paths.outDir, PROJECT) : paths.outDir);
    const row = rows.get(`${pages} ${mode}`) ?? { pages, mode, costs: [], ...size };
    row.costs.push(cost);
    rows.set(`${pages} ${mode}`, row);
    console.log(
      `  N=${pages} ${mode}: ${cost.wallSeconds.toFixed(1)} s wall, ${cost.cpuSeconds.toFixed(1)} s CPU, ${cost.peakRssMb.toFixed(0)} MB`,
    );
    if (mode === 'cold') cpSync(paths.outDir, join(work, 'dist-cold'), { recursive: true });
    if (mode === 'warm')
      reportSame('warm build vs cold build', join(work, 'dist-cold'), paths.outDir);
  }
  rmSync(join(work, 'dist-cold'), { recursive: true, force: true });
}

/** Two clean builds of the same pages must write the same bytes. */
function checkDeterminism(work: string, pages: number): void {
  const contentDir = join(work, 'content');
  prepareContent(contentDir, pages);
  const outs = ['dist-a', 'dist-b'].map((name) => {
    const paths = {
      root: ROOT,
      contentDir,
      cacheDir: join(work, `cache-${name}`) + '/',
      outDir: join(work, name),
    };
    rmSync(paths.cacheDir, { recursive: true, force: true });
    timedBuild(paths);
    return paths.outDir;
  });
  reportSame(`two clean builds, N=${pages}`, outs[0]!, outs[1]!);
}

function reportSame(what: string, a: string, b: string): void {
  const differ = differingFiles(a, b);
  console.log(
    `  ${what}: ${differ.length === 0 ? 'byte-identical' : `${differ.length} files differ, e.g. ${differ.slice(0, 3).join(', ')}`}`,
  );
}

const range = (values: number[], digits: number) => {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return lo.toFixed(digits) === hi.toFixed(digits)
    ? lo.toFixed(digits)
    : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

function printRows(rows: Row[]): void {
  printTable(
    ['N pages', 'build', 'wall s', 'CPU s', 'peak RSS MB', 'HTML/page KB (gz)'],
    rows.map((row) => [
      String(row.pages),
      row.mode,
      range(
        row.costs.map((c) => c.wallSeconds),
        1,
      ),
      range(
        row.costs.map((c) => c.cpuSeconds),
        1,
      ),
      range(
        row.costs.map((c) => c.peakRssMb),
        0,
      ),
      `${row.rawKb.toFixed(1)} (${row.gzKb.toFixed(1)})`,
    ]),
  );
}

/** The issue's goals, judged on the best of the runs (the machine is shared: the worst run
 * measures the neighbours). Wall time is what the goals name; CPU time is printed beside it
 * because, on a loaded machine, it is the figure that does not depend on the neighbours. */
function printGoals(rows: Map<string, Row>): void {
  const best = (pages: number, mode: Mode, of: keyof BuildCost = 'wallSeconds') => {
    const costs = rows.get(`${pages} ${mode}`)?.costs;
    return costs && Math.min(...costs.map((c) => c[of]));
  };
  const lines: string[] = [];
  const goal = (name: string, ok: boolean | undefined, detail: string) =>
    lines.push(
      `- ${ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met'}: ${name} (${detail})`,
    );
  const percent = (a?: number, b?: number) => (a && b ? `${((100 * a) / b).toFixed(0)}%` : '–');
  const cold = best(800, 'cold');
  const coldCpu = best(800, 'cold', 'cpuSeconds');
  const warm = best(800, 'warm');
  const one = best(800, 'one page changed');
  const rss = Math.max(...[...rows.values()].flatMap((row) => row.costs.map((c) => c.peakRssMb)));
  goal(
    'N=800 cold ≤ 12 s',
    cold === undefined ? undefined : cold <= 12,
    `${cold?.toFixed(1)} s wall, ${coldCpu?.toFixed(1)} s CPU`,
  );
  goal(
    'warm ≤ 25% of cold',
    cold && warm ? warm <= cold * 0.25 : undefined,
    `${percent(warm, cold)} wall, ${percent(best(800, 'warm', 'cpuSeconds'), coldCpu)} CPU`,
  );
  goal(
    'one page changed ≤ 30% of cold',
    cold && one ? one <= cold * 0.3 : undefined,
    `${percent(one, cold)} wall, ${percent(best(800, 'one page changed', 'cpuSeconds'), coldCpu)} CPU`,
  );
  goal('peak RSS ≤ 1 GB', rss <= 1024, `${rss.toFixed(0)} MB at most`);
  const small = best(20, 'cold');
  const smallCpu = best(20, 'cold', 'cpuSeconds');
  const marginal = cold && small ? ((cold - small) * 1000) / 780 : undefined;
  const marginalCpu = coldCpu && smallCpu ? ((coldCpu - smallCpu) * 1000) / 780 : undefined;
  goal(
    'marginal ≤ 12 ms per extra page',
    marginal === undefined ? undefined : marginal <= 12,
    `${marginal?.toFixed(1)} ms wall, ${marginalCpu?.toFixed(1)} ms CPU, N=20→800 cold`,
  );
  const empty = best(0, 'cold');
  goal(
    'empty hub fixed cost < 3 s',
    empty === undefined ? undefined : empty < 3,
    `${empty?.toFixed(1)} s wall, ${best(0, 'cold', 'cpuSeconds')?.toFixed(1)} s CPU cold, hub pages only`,
  );
  console.log(lines.join('\n'));
}

export default async function buildBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'hub-bench-build-'));
  console.log(`load at start: ${execSync('uptime').toString().trim()}`);
  const rows = new Map<string, Row>();
  try {
    for (let run = 1; run <= RUNS; run++)
      for (const pages of SIZES) measureSize(work, pages, run, rows);
    checkDeterminism(work, SIZES.find((n) => n >= 100) ?? SIZES.at(-1)!);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`load at end: ${execSync('uptime').toString().trim()}\n`);
  printRows([...rows.values()]);
  console.log('');
  printGoals(rows);
}
