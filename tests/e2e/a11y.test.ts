// Issue 5: every built page loads cleanly (no console error, exception or failed request) and axe finds
// no WCAG 2.2 AA violation, with the light and the dark colour scheme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { routeOf } from './support/site.ts';
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

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  it.each(pages)('%s loads without errors and has no axe violation', async (file) => {
    const opened = await openPage(browser, urlOf(file), { colorScheme });
    try {
      await settle(opened.page, file);
      const expected =
        file === '404.html' ? [`http 404: ${urlOf(file)}`, DOCUMENT_404_CONSOLE] : [];
      expect(opened.problems, 'console errors, page errors and failed requests').toEqual(expected);
      const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.length,
        `axe violations on /${routeOf(file)} (${colorScheme}):\n${describeViolations(results.violations)}`,
      ).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
