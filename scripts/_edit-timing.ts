// First Edit for `npm run budget`: the built site served under its base path, a few fresh pages in
// headless Chromium, each measured as the e2e timing line measures (tests/e2e/support/
// edit-timing.ts). Reported against issue 15's budgets, not enforced: the figures follow the load.
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { EDIT_BUDGETS, measureEditTimes } from '../tests/e2e/support/edit-timing.ts';
import { median } from '../tests/e2e/support/run-timing.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { basePathOf } from './_built-site.ts';

/** Every sample, in ms, sorted, from `pages` fresh pages of `route`. */
export interface EditTiming {
  route: string;
  pages: number;
  usable: number[];
  typesReady: number[];
  /** The 1-minute load average when the measurement ended. */
  load: number;
  budgets: typeof EDIT_BUDGETS;
}

/** Opens `route` of the site in `distDir` `pages` times (a fresh context each) and times its first Edit. */
export async function measureEditTiming(
  distDir: string,
  route = 'datastore/',
  pages = 3,
): Promise<EditTiming> {
  const server = await startStaticServer(distDir, basePathOf(distDir));
  const browser = await launchBrowser();
  const usable: number[] = [];
  const typesReady: number[] = [];
  try {
    for (let i = 0; i < pages; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + route);
      await page.waitForLoadState('networkidle');
      const times = await measureEditTimes(page);
      usable.push(times.usable);
      typesReady.push(times.typesReady);
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
    usable: sorted(usable),
    typesReady: sorted(typesReady),
    load: Number(loadavg()[0]?.toFixed(2)),
    budgets: EDIT_BUDGETS,
  };
}

/** The timings as a markdown table: each median against its budget, and every sample. */
export function editTimingTable(timing: EditTiming): string {
  const row = (label: string, samples: number[], budget: number) => {
    const middle = median(samples);
    const verdict = middle > budget ? '✗' : '✓';
    return `| ${label} | ${middle} ms ${verdict} (≤ ${budget} ms) | ${samples.join(', ')} |`;
  };
  return [
    '| First Edit → | median | samples (ms) |',
    '|---|---|---|',
    row('a usable editor (type service excluded)', timing.usable, timing.budgets.usableMs),
    row('the type service ready', timing.typesReady, timing.budgets.typesReadyMs),
    '',
    `Measured on /${timing.route} in headless Chromium, ${timing.pages} fresh pages, load average ` +
      `${timing.load} at the end. Reported, not enforced: the times follow the machine’s load.`,
    '',
  ].join('\n');
}
