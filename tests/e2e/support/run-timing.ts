// Run to first output, measured in the page the way a reader meets it: from the click on Run to
// the first line of output on screen. Shared by the e2e timing line (playground.test.ts) and
// `npm run budget`; the figures are reported, never asserted (they depend on the machine's load).
import type { Page } from 'playwright-core';

/** Issue 15's budgets for Run to first output, in ms. */
export const RUN_BUDGETS = { coldMs: 60, warmMs: 15 } as const;

/** One page's Run timings, in ms, rounded; the series are sorted. */
export interface RunTimes {
  /** The page's first run: no worker, no compiler loaded yet (nothing pointed at an example). */
  cold: number;
  /** Runs started one right after another's first output, on the first three examples in turn. */
  backToBack: number[];
  /** Runs started after 0.5 s without a run (the spare workers had time to load). */
  afterIdle: number[];
}

/** Measures a freshly opened page with runnable examples: one cold run, then `count` of each warm kind. */
export async function measureRunTimes(page: Page, count = 5): Promise<RunTimes> {
  const cold = Math.round(await timeToFirstOutput(page, 0));
  const backToBack = await samples(count, (i) => timeToFirstOutput(page, i % 3));
  const afterIdle = await samples(count, async (i) => {
    await page.waitForTimeout(500);
    return timeToFirstOutput(page, i % 3);
  });
  return { cold, backToBack, afterIdle };
}

/** The middle value of a sorted series. */
export function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One line: the cold time and the medians (with every sample) of both warm kinds, against the budgets. */
export function describeRunTimes({ cold, backToBack, afterIdle }: RunTimes): string {
  return (
    `click → first output: cold ${cold} ms (budget ${RUN_BUDGETS.coldMs}); ` +
    `warm, back to back: median ${median(backToBack)} ms (${backToBack.join(', ')}); ` +
    `warm, after 0.5 s idle: median ${median(afterIdle)} ms (${afterIdle.join(', ')}) ` +
    `(warm budget ${RUN_BUDGETS.warmMs})`
  );
}

// --- Internal helpers ---

/** Runs `measure` `count` times in a row; returns the rounded times, sorted. */
async function samples(count: number, measure: (i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(Math.round(await measure(i)));
  return times.sort((a, b) => a - b);
}

/** Clicks Run on the `index`th example and measures, in the page, the time until its first line of output. */
function timeToFirstOutput(page: Page, index: number): Promise<number> {
  return page.evaluate((i) => {
    const example = document.querySelectorAll('run-example')[i];
    const result = example?.querySelector('.run-example__result');
    const button = example?.querySelector<HTMLButtonElement>('.run-example__button--run');
    if (!result || !button) throw new Error('no example');
    return new Promise<number>((resolve) => {
      const started = performance.now();
      new MutationObserver((_, observer) => {
        if (!result.querySelector('.run-example__log')) return;
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(result, { childList: true, subtree: true });
      button.click();
    });
  }, index);
}
