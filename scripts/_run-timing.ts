// Run to first output for `npm run budget`, measured as the e2e timing line measures it
// (tests/e2e/support/run-timing.ts), on fresh pages (./_fresh-pages.ts): each page's first run is cold.
import { measureRunTimes, RUN_BUDGETS } from '../tests/e2e/support/run-timing.ts';
import { budgetRow, measuredOn, measureOnFreshPages, sorted } from './_fresh-pages.ts';

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

/** Opens `route` of the site in `distDir` `pages` times and times its runs. */
export async function measureRunTiming(
  distDir: string,
  route = 'datastore/',
  pages = 3,
): Promise<RunTiming> {
  const { samples, load } = await measureOnFreshPages(distDir, route, pages, measureRunTimes);
  return {
    route,
    pages,
    cold: sorted(samples.map((times) => times.cold)),
    backToBack: sorted(samples.flatMap((times) => times.backToBack)),
    afterIdle: sorted(samples.flatMap((times) => times.afterIdle)),
    load,
    budgets: RUN_BUDGETS,
  };
}

/** The timings as a markdown table: each kind's median against its budget, and every sample. */
export function runTimingTable(timing: RunTiming): string {
  const { coldMs, warmMs } = timing.budgets;
  return [
    '| Run → first output | median | samples (ms) |',
    '|---|---|---|',
    budgetRow('cold: the page’s first run', timing.cold, coldMs),
    budgetRow('warm: back to back', timing.backToBack, warmMs),
    budgetRow('warm: after 0.5 s idle', timing.afterIdle, warmMs),
    '',
    measuredOn(timing.route, timing.pages, timing.load),
    '',
  ].join('\n');
}
