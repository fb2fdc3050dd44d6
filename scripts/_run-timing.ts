// Run to first output for `npm run budget`: the built site served under its base path, a few fresh
// pages in headless Chromium, each measured as the e2e timing line measures (tests/e2e/support/
// run-timing.ts). Reported against issue 15's budgets, not enforced: the figures follow the machine's load.
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { median, measureRunTimes, RUN_BUDGETS } from '../tests/e2e/support/run-timing.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { basePathOf } from './_built-site.ts';

/** Every sample, in ms, sorted, from `pages` fresh pages of `route`. */
export interface RunTiming {
  route: string;
  pages: number;
  cold: number[];
  backToBack: number[];
  afterIdle: number[];
  /** The 1-minute load average when the measurement ended. */
  load: number;
  budgets: typeof RUN_BUDGETS;
}

/** Opens `route` of the site in `distDir` `pages` times (a fresh browser context each: a cold start) and times its runs. */
export async function measureRunTiming(
  distDir: string,
  route = 'datastore/',
  pages = 3,
): Promise<RunTiming> {
  const server = await startStaticServer(distDir, basePathOf(distDir));
  const browser = await launchBrowser();
  const samples = { cold: [] as number[], backToBack: [] as number[], afterIdle: [] as number[] };
  try {
    for (let i = 0; i < pages; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + route);
      await page.waitForLoadState('networkidle');
      const times = await measureRunTimes(page);
      samples.cold.push(times.cold);
      samples.backToBack.push(...times.backToBack);
      samples.afterIdle.push(...times.afterIdle);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  return {
    route,
    pages,
    cold: sorted(samples.cold),
    backToBack: sorted(samples.backToBack),
    afterIdle: sorted(samples.afterIdle),
    load: Number(loadavg()[0]?.toFixed(2)),
    budgets: RUN_BUDGETS,
  };
}

/** The timings as a markdown table: each kind's median against its budget, and every sample. */
export function runTimingTable(timing: RunTiming): string {
  const row = (label: string, samples: number[], budget: number) => {
    const middle = median(samples);
    const verdict = middle > budget ? '✗' : '✓';
    return `| ${label} | ${middle} ms ${verdict} (≤ ${budget} ms) | ${samples.join(', ')} |`;
  };
  const { coldMs, warmMs } = timing.budgets;
  return [
    '| Run → first output | median | samples (ms) |',
    '|---|---|---|',
    row('cold: the page’s first run', timing.cold, coldMs),
    row('warm: back to back', timing.backToBack, warmMs),
    row('warm: after 0.5 s idle', timing.afterIdle, warmMs),
    '',
    `Measured on /${timing.route} in headless Chromium, ${timing.pages} fresh pages, load average ` +
      `${timing.load} at the end. Reported, not enforced: the times follow the machine’s load.`,
    '',
  ].join('\n');
}
