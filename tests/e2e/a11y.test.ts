// Issue 5: every built page loads cleanly (no error, failed request or unbudgeted script) and axe finds no
// WCAG 2.2 AA violation, in the light scheme on a desktop and the dark scheme on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { measurePage } from '../../scripts/_budget.ts';
import { measureEditWeight } from '../../scripts/_edit-weight.ts';
import { distDir, routeOf, siteUrl } from './support/site.ts';
import { pages, settle, urlOf } from './_pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Chromium's console line for the 404 document itself (it names no URL; any other 404 adds its own `http 404`). */
const DOCUMENT_404_CONSOLE =
  'console: Failed to load resource: the server responded with a status of 404 (Not Found)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per violation and node: rule, impact, target selectors and the failure summary. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.map(String).join(' > ')}: ` +
          `${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ')}`,
      ),
    )
    .join('\n');
}

/** Light on a desktop screen, dark on a phone: the second pass also covers the narrow layout. */
const SCREENS = [
  { colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { colorScheme: 'dark', viewport: { width: 390, height: 844 } },
] as const;

describe.each(SCREENS)(
  'every page in the $colorScheme colour scheme, $viewport.width px wide',
  ({ colorScheme, viewport }) => {
    it.each(pages)(
      '%s loads cleanly, has no axe violation and fits the screen',
      async (file) => {
        const opened = await openPage(browser, urlOf(file), { colorScheme, viewport });
        try {
          await settle(opened.page, file);
          const expected =
            file === '404.html' ? [`http 404: ${urlOf(file)}`, DOCUMENT_404_CONSOLE] : [];
          expect(opened.problems, 'console errors, page errors and failed requests').toEqual(
            expected,
          );
          // The static budget counts a page's scripts and their static imports; nothing else may run
          // before the reader interacts (an island starting itself on load would show up here).
          const budgeted = measurePage(distDir, file).scripts.map((script) => siteUrl(script));
          // /playground/ is the one page that opens the editor on load (issue 15), and with it
          // the editor's type service: what `npm run budget` weighs as loaded on first Edit.
          const edit = file === 'playground/index.html' ? measureEditWeight(distDir) : undefined;
          const eager = new Set(
            [...(edit?.editor.files ?? []), ...(edit?.typeService.files ?? [])].map((script) =>
              siteUrl(script),
            ),
          );
          const loaded = await opened.page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((url) => /\.m?js(\?|$)/.test(url)),
          );
          expect(
            loaded.filter((url) => !budgeted.includes(url) && !eager.has(url)),
            'scripts loaded beyond the budget',
          ).toEqual([]);
          const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
          expect(
            results.violations.length,
            `axe violations on /${routeOf(file)} (${colorScheme}):\n${describeViolations(results.violations)}`,
          ).toBe(0);
          // WCAG 1.4.10 (reflow): the page itself never scrolls sideways; code blocks scroll inside.
          const overflow = await opened.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(
            overflow,
            `page wider than the ${viewport.width} px screen by`,
          ).toBeLessThanOrEqual(0);
        } finally {
          await opened.close();
        }
        // axe's time grows with the DOM: the generated API reference pages are the largest.
      },
      240_000,
    );
  },
);
