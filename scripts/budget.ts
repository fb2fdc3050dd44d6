// `npm run budget [-- <distDir>] [--no-timing]`: weighs every page of a built site (default dist/) and
// fails over budget; then times Run to first output in Chromium (reported against its budget, not enforced).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBudget } from './_budget.ts';
import { budgetTable, writeBudgetReports } from './_budget-report.ts';
import { measureRunTiming, runTimingTable } from './_run-timing.ts';

const args = process.argv.slice(2);
const distDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(
    `[budget] ${distDir} holds no built site: run \`npm run build\` first, or pass the folder.`,
  );
  process.exit(2);
}
const rows = measureBudget(distDir);
console.log(budgetTable(rows));
const timing = args.includes('--no-timing') ? undefined : await measureRunTiming(distDir);
if (timing) console.log(runTimingTable(timing));
writeBudgetReports(rows, 'reports', timing);
console.log('Written: reports/budget.json, reports/budget.md');
process.exitCode = rows.some((row) => row.over.length > 0) ? 1 : 0;
