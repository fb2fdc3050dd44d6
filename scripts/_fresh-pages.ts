// Timings for `npm run budget`: the built site served under its base path, measured on a few fresh
// pages in headless Chromium (a fresh context each: nothing cached, nothing warm). Reported against
// issue 15's budgets, never enforced: the figures follow the machine's load.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { median } from '../tests/e2e/support/run-timing.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { basePathOf } from './_built-site.ts';

/** What `measure` returned on each fresh page, and the 1-minute load average at the end. */
export interface FreshPageSamples<T> {
  route: string;
  samples: T[];
  load: number;
}

/** Opens `route` of the site in `distDir` `pages` times, each in a fresh context, and measures it. */
export async function measureOnFreshPages<T>(
  distDir: string,
  route: string,
  pages: number,
  measure: (page: Page) => Promise<T>,
): Promise<FreshPageSamples<T>> {
  const server = await startStaticServer(distDir, basePathOf(distDir));
  const browser = await launchBrowser();
  const samples: T[] = [];
  try {
    for (let i = 0; i < pages; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + route);
      await page.waitForLoadState('networkidle');
      samples.push(await measure(page));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { route, samples, load: Number(loadavg()[0]?.toFixed(2)) };
}

/** `list` sorted ascending (a copy). */
export function sorted(list: number[]): number[] {
  return [...list].sort((a, b) => a - b);
}

/** One markdown row: the samples' median against `budget` (✓ or ✗), then every sample. */
export function budgetRow(label: string, samples: number[], budget: number): string {
  const middle = median(samples);
  const verdict = middle > budget ? '✗' : '✓';
  return `| ${label} | ${middle} ms ${verdict} (≤ ${budget} ms) | ${samples.join(', ')} |`;
}

/** The closing lines under a timing table: where and how it was measured. */
export function measuredOn(route: string, pages: number, load: number): string {
  return (
    `Measured on /${route} in headless Chromium, ${pages} fresh pages, load average ` +
    `${load} at the end. Reported, not enforced: the times follow the machine’s load.`
  );
}
