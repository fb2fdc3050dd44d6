// The weight report as a readable table (stdout, reports/budget.md) and as JSON (reports/budget.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, type BudgetRow } from './_budget.ts';
import { runTimingTable, type RunTiming } from './_run-timing.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (bytes: number, limit: number | null) =>
  limit === null ? kb(bytes) : `${kb(bytes)} ${bytes > limit ? '✗' : '✓'} (≤ ${kb(limit)})`;

/** The rows as a markdown table, one line per page, with each figure against its budget. */
export function budgetTable(rows: BudgetRow[]): string {
  const lines = [
    '| page | islands | math | HTML (gzip) | CSS (gzip) | JS before interaction (gzip) |',
    '|---|---|---|---|---|---|',
    ...rows
      .map((row) =>
        [
          `/${row.page}`,
          row.interactive ? 'yes' : 'no',
          row.math ? 'yes' : 'no',
          cell(row.html, row.limits.html),
          cell(row.css, row.limits.css),
          cell(row.js, row.limits.js),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  const over = rows.flatMap((row) => row.over.map((reason) => `- /${row.page}: ${reason}`));
  const summary =
    over.length === 0 ? 'Every page is within its budget.' : `Over budget:\n${over.join('\n')}`;
  const legend =
    `Budgets (gzip, 1 KB = 1024 B): JavaScript ≤ ${kb(BUDGETS.jsStatic)} on pages without interactive parts, ≤ ${kb(BUDGETS.jsInteractive)} ` +
    `with runnable examples or demos; CSS ≤ ${kb(BUDGETS.css)}; HTML ≤ ${kb(BUDGETS.htmlWithMath)} on pages with math.`;
  return `${lines.join('\n')}\n\n${legend}\n\n${summary}\n`;
}

/** Writes `budget.json` and `budget.md` into `reportsDir`, with the Run timings when measured. */
export function writeBudgetReports(rows: BudgetRow[], reportsDir: string, run?: RunTiming): void {
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(
    join(reportsDir, 'budget.json'),
    JSON.stringify({ budgets: BUDGETS, pages: rows, ...(run ? { run } : {}) }, null, 2) + '\n',
  );
  const timing = run ? `\n# Run to first output\n\n${runTimingTable(run)}` : '';
  writeFileSync(join(reportsDir, 'budget.md'), `# Page weight\n\n${budgetTable(rows)}${timing}`);
}
