// Issue 5: the weight of every built page stays within its budget (gzipped HTML, CSS, JavaScript before interaction).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  afterPaintImports,
  BUDGETS,
  measureBudget,
  measurePage,
  staticImports,
} from '../../scripts/_budget.ts';
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

  it('gives pages without examples only the inline page and theme scripts (search loads on use)', () => {
    for (const row of rows)
      expect(row.limits.js, row.file).toBe(
        row.interactive ? BUDGETS.jsInteractive : BUDGETS.jsStatic,
      );
    for (const row of rows.filter((row) => !row.interactive))
      expect(row.scripts, row.file).toEqual(['inline']);
  });

  it('keeps the budgets of issue 14: 2 KB of JavaScript without examples, 10 KB with, 8 KB of CSS', () => {
    expect(BUDGETS).toMatchObject({ jsStatic: 2048, jsInteractive: 10240, css: 8192 });
  });

  it('follows static imports but not dynamic import() or workers', () => {
    const chunk =
      'import{a as b}from"./a.js";import"./b.js";export*from"../c.js";import*as d from"/hub/_astro/d.js";' +
      'const e=()=>import("./lazy.js");new Worker(new URL("./w.js",import.meta.url));x.import("./no.js");import"node:fs"';
    expect(staticImports(chunk)).toEqual(['./a.js', './b.js', '../c.js', '/hub/_astro/d.js']);
  });

  it('follows the chunks a page imports unasked after its first paint, not those loaded on use', () => {
    const script =
      'p.then(()=>import(`/hub/_astro/after-paint-playground-element.C_x-1.js`));' +
      'const open=()=>import(`/hub/_astro/search-dialog.fc8r.js`);import("./after-paint-x.Ab.js")';
    expect(afterPaintImports(script)).toEqual([
      '/hub/_astro/after-paint-playground-element.C_x-1.js',
      './after-paint-x.Ab.js',
    ]);
  });

  it('counts the custom elements of every page with examples (loaded after the first paint)', () => {
    for (const row of rows.filter((row) => row.interactive))
      expect(row.scripts.join(' '), row.file).toMatch(/after-paint-\w+-element\./);
  });
});

describe('measurePage', () => {
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  const FILES: Record<string, string> = {
    'demo/index.html':
      '<html><head><link rel="stylesheet" href="/hub/_astro/a.css"><style>b{color:red}</style>' +
      '<script type="module" src="/hub/_astro/entry.js"></script></head>' +
      '<body><run-example></run-example><script type="application/ld+json">{}</script></body></html>',
    '_astro/a.css': 'a{color:blue}',
    '_astro/entry.js':
      'import{x}from"./dep.js";const l=()=>import("./lazy.js");new Worker(new URL("./w.js",import.meta.url));' +
      'requestAnimationFrame(()=>import("/hub/_astro/after-paint-demo-element.D1.js"));',
    '_astro/after-paint-demo-element.D1.js': 'export const y=2;',
    '_astro/dep.js': 'import"./leaf.js";export const x=1;',
    '_astro/leaf.js': 'console.log(1)',
    '_astro/lazy.js': 'export default 1',
  };

  it('adds stylesheets and inline styles, and scripts with their static imports and after-paint chunks only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    try {
      for (const [file, text] of Object.entries(FILES)) {
        mkdirSync(join(dir, dirname(file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      const row = measurePage(dir, 'demo/index.html');
      expect(row).toMatchObject({ page: 'demo/', interactive: true, math: false, over: [] });
      expect(row.html).toBe(gz(FILES['demo/index.html']!));
      expect(row.css).toBe(gz(FILES['_astro/a.css']!) + gz('b{color:red}'));
      const eager = [
        '_astro/entry.js',
        '_astro/dep.js',
        '_astro/leaf.js',
        '_astro/after-paint-demo-element.D1.js',
      ];
      expect(row.scripts).toEqual(eager);
      const js = eager.map((file) => gz(FILES[file]!));
      expect(row.js).toBe(js.reduce((sum, size) => sum + size, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
