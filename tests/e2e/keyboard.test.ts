// Issue 5: every page works from the keyboard: a skip link first, a visible focus indicator on every
// stop, every control reachable with Tab, and no keyboard trap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { installProbe, probe, walkTab } from './_focus-probe.ts';
import { pages, settle, urlOf } from './_pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page from the keyboard', () => {
  it.each(pages)(
    '%s: skip link first, every control reachable with visible focus, no trap',
    async (file) => {
      const opened = await openPage(browser, urlOf(file));
      const { page } = opened;
      try {
        await settle(page, file);
        await page.evaluate(installProbe);
        const before = await probe(page, (p) => p.tabbable());
        const stops = await walkTab(page, before.length + 20);
        // Islands may still swap parts of themselves (a start button for the live demo): only the
        // controls present before and after the walk must have been reached.
        const after = new Set(
          (await probe(page, (p) => p.tabbable())).map((control) => control.id),
        );
        const tabbable = before.filter((control) => after.has(control.id));

        expect(stops[0]?.label, 'the first Tab stop').toMatch(/^<a\.skip-link> "Skip to content"$/);
        const visited = new Set(stops.map((stop) => stop.id));
        expect(
          tabbable.filter((control) => !visited.has(control.id)).map((control) => control.label),
          'controls Tab never reaches',
        ).toEqual([]);
        expect(
          stops.filter((stop) => !stop.shown).map((stop) => stop.label),
          'focused but not visible',
        ).toEqual([]);
        expect(
          stops.filter((stop) => !stop.indicated).map((stop) => stop.label),
          'focused without a visible outline or box-shadow',
        ).toEqual([]);

        // Focus is back on the skip link: Enter moves it to <main>.
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.matches('main#main'))).toBe(true);
      } finally {
        await opened.close();
      }
    },
    // The generated API reference pages have about a thousand links (every type is one), and the
    // walk presses Tab once per control.
    240_000,
  );
});
