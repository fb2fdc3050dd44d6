// Issue 5: the weight of every built page stays within its budget (gzipped HTML, CSS, JavaScript before interaction).
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBudget, staticImports } from '../../scripts/_budget.ts';
import { budgetTable } from '../../scripts/_budget-report.ts';
import { builtHtmlFiles, distDir } from './support/site.ts';

const rows = measureBudget(distDir);

describe('the page weight budget', () => {
  it('measures every page the build produced', () => {
    expect(rows.map((row) => row.file).sort()).toEqual(builtHtmlFiles());
  });

  it.each(rows.map((row) => [row.file, row] as const))('%s is within its budget', (_file, row) => {
    expect(row.over, `${row.over.join('\n')}\n\n${budgetTable([row])}`).toEqual([]);
  });

  it('gives JavaScript only to pages with runnable examples or demos', () => {
    for (const row of rows)
      expect(row.limits.js, row.file).toBe(row.interactive ? BUDGETS.jsInteractive : 0);
    for (const row of rows.filter((row) => !row.interactive))
      expect(row.scripts, row.file).toEqual([]);
  });

  it('follows static imports but not dynamic import() or workers', () => {
    const chunk =
      'import{a as b}from"./a.js";import"./b.js";export*from"../c.js";import*as d from"/hub/_astro/d.js";' +
      'const e=()=>import("./lazy.js");new Worker(new URL("./w.js",import.meta.url));x.import("./no.js");import"node:fs"';
    expect(staticImports(chunk)).toEqual(['./a.js', './b.js', '../c.js', '/hub/_astro/d.js']);
  });
});
