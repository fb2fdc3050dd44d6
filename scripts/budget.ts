// `npm run budget [-- <distDir>]`: weighs every page of a built site (default dist/) and fails over budget.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBudget } from './_budget.ts';
import { budgetTable, writeBudgetReports } from './_budget-report.ts';
import { editWeightLine, measureEditWeight } from './_edit-weight.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(
    `[budget] ${distDir} holds no built site: run \`npm run build\` first, or pass the folder.`,
  );
  process.exit(2);
}
const rows = measureBudget(distDir);
writeBudgetReports(rows, 'reports');
console.log(budgetTable(rows));
console.log(editWeightLine(measureEditWeight(distDir)));
console.log('Written: reports/budget.json, reports/budget.md');
process.exitCode = rows.some((row) => row.over.length > 0) ? 1 : 0;
