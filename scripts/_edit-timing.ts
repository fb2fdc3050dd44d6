// First Edit for `npm run budget`, measured as the e2e timing line measures it
// (tests/e2e/support/edit-timing.ts), on fresh pages (./_fresh-pages.ts).
import { EDIT_BUDGETS, measureEditTimes } from '../tests/e2e/support/edit-timing.ts';
import { budgetRow, measuredOn, measureOnFreshPages, sorted } from './_fresh-pages.ts';

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

/** Opens `route` of the site in `distDir` `pages` times and times its first Edit. */
export async function measureEditTiming(
  distDir: string,
  route = 'datastore/',
  pages = 3,
): Promise<EditTiming> {
  const { samples, load } = await measureOnFreshPages(distDir, route, pages, measureEditTimes);
  return {
    route,
    pages,
    usable: sorted(samples.map((times) => times.usable)),
    typesReady: sorted(samples.map((times) => times.typesReady)),
    load,
    budgets: EDIT_BUDGETS,
  };
}

/** The timings as a markdown table: each median against its budget, and every sample. */
export function editTimingTable(timing: EditTiming): string {
  return [
    '| First Edit → | median | samples (ms) |',
    '|---|---|---|',
    budgetRow('a usable editor (type service excluded)', timing.usable, timing.budgets.usableMs),
    budgetRow('the type service ready', timing.typesReady, timing.budgets.typesReadyMs),
    '',
    measuredOn(timing.route, timing.pages, timing.load),
    '',
  ].join('\n');
}
