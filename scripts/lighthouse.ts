// `npm run lighthouse [-- --no-build] [--dist=<dir>] [--runs=<n>]`: Lighthouse on home + project pages under /hub/, exit 1 below threshold.
// It builds into .tmp/lighthouse-dist (leaving dist/ alone); with --no-build it audits dist/ as it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { auditPage, CATEGORIES, type AuditSummary, type FormFactor } from './_lighthouse-audit.ts';
import { auditedRoutes, basePathOf, buildSite } from './_built-site.ts';

const NO_BUILD = process.argv.includes('--no-build');
const DIST = resolve(
  process.argv.find((arg) => arg.startsWith('--dist='))?.slice(7) ??
    (NO_BUILD ? 'dist' : '.tmp/lighthouse-dist'),
);
const REPORTS = resolve('reports/lighthouse');
// Each page is audited RUNS times and its worst run counts: one lucky run proves nothing.
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 2);
const CHROME_FLAGS = ['--headless', ...CHROMIUM_FLAGS, '--disable-dev-shm-usage'];

if (!NO_BUILD) {
  console.log(`Building the site under /hub/ into ${DIST} …`);
  buildSite(DIST, '/hub/');
}
const server = await startStaticServer(DIST, basePathOf(DIST));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROME_FLAGS,
  logLevel: 'silent',
});
const results: AuditSummary[] = [];
try {
  mkdirSync(REPORTS, { recursive: true });
  for (const route of auditedRoutes()) {
    for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
      const runs: AuditSummary[] = [];
      for (let run = 0; run < RUNS; run++)
        runs.push(await auditPage(server.url + route, formFactor, chrome.port));
      const summary = worst(runs);
      writeFileSync(
        join(REPORTS, `${route.replace(/\/$/, '') || 'home'}-${formFactor}.json`),
        JSON.stringify(summary.lhr),
      );
      results.push(summary);
      console.log(line(summary));
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const belowThresholds = results.flatMap((result) => {
  const page = `${new URL(result.url).pathname} (${result.formFactor})`;
  const scores = result.below.map((id) => `${id} ${result.scores[id]}`).join(', ');
  return result.below.length
    ? [`${page}: ${scores}`, ...result.failures.map((why) => `    ${why}`)]
    : [];
});
console.log(
  belowThresholds.length
    ? `\nBelow the thresholds (100 in every category):\n${belowThresholds.join('\n')}`
    : `\nEvery page meets the thresholds (100 in every category, worst of ${RUNS} runs).`,
);
console.log(`Full reports: ${REPORTS}/`);
process.exitCode = belowThresholds.length ? 1 : 0;

/** The run with the lowest total score. */
function worst(runs: AuditSummary[]): AuditSummary {
  const total = (run: AuditSummary) => CATEGORIES.reduce((sum, id) => sum + run.scores[id], 0);
  return runs.reduce((low, run) => (total(run) < total(low) ? run : low));
}

function line(summary: AuditSummary): string {
  const scores = CATEGORIES.map((id) => `${id} ${summary.scores[id]}`).join('  ');
  return new URL(summary.url).pathname.padEnd(24) + summary.formFactor.padEnd(9) + scores;
}
