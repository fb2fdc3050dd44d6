// First Edit, measured in the page the way a reader meets it: from the click on Edit to an editor
// that has focus and takes typing, and to the type service being ready. Shared by the e2e timing
// line (examples-types.test.ts) and `npm run budget`; reported, never asserted (the figures
// depend on the machine's load).
import type { Page } from 'playwright-core';

/** Issue 15's budgets for the first Edit, in ms (the type service is excluded from the first). */
export const EDIT_BUDGETS = { usableMs: 300, typesReadyMs: 1500 } as const;

/** The performance mark the type service sets when it is ready (src/playground/types/type-client.ts). */
export const TYPES_READY_MARK = 'hub:type-service:ready';

/** One first Edit's timings, in ms, rounded. */
export interface EditTimes {
  /** Click on Edit → the editor has focus (typing goes into it). */
  usable: number;
  /** Click on Edit → the type service is ready (completions, hovers and type errors answer). */
  typesReady: number;
}

/** Clicks Edit on the first example matching `selector` of a page where nothing was edited yet. */
export async function measureEditTimes(page: Page, selector = 'run-example'): Promise<EditTimes> {
  const times = await page.evaluate(
    async ({ selector, mark }) => {
      // No named helper functions in here: tsx would wrap them in a `__name` the page lacks.
      const example = document.querySelector(selector);
      const edit = example?.querySelector<HTMLButtonElement>('.run-example__button--edit');
      if (!example || !edit) throw new Error(`no example ${selector} with an Edit button`);
      const start = performance.now();
      edit.click();
      while (!example.querySelector('.cm-content')?.matches(':focus'))
        await new Promise((resolve) => requestAnimationFrame(resolve));
      const usable = performance.now() - start;
      while (performance.getEntriesByName(mark).length === 0)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      return { usable, typesReady: performance.getEntriesByName(mark)[0]!.startTime - start };
    },
    { selector, mark: TYPES_READY_MARK },
  );
  return { usable: Math.round(times.usable), typesReady: Math.round(times.typesReady) };
}

/** One line: both times against their budgets. */
export function describeEditTimes({ usable, typesReady }: EditTimes): string {
  return (
    `first Edit → usable editor ${usable} ms (budget ${EDIT_BUDGETS.usableMs}); ` +
    `first Edit → type service ready ${typesReady} ms (budget ${EDIT_BUDGETS.typesReadyMs})`
  );
}
