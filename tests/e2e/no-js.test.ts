// Issue 5: with JavaScript disabled, every page still shows its main content, its code and its math.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { htmlOf, pages, urlOf } from './_pages.ts';

const count = (html: string, tag: string) =>
  html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page without JavaScript', () => {
  it.each(pages)('%s shows its main content, every code block and every formula', async (file) => {
    const html = htmlOf(file);
    const opened = await openPage(browser, urlOf(file), { javaScriptEnabled: false });
    try {
      const { page } = opened;
      expect(
        (await page.locator('main').innerText()).trim().length,
        'text in <main>',
      ).toBeGreaterThan(40);
      for (const tag of ['pre', 'mjx-container']) {
        const shown = await page.locator(tag).evaluateAll((elements) =>
          elements.map((element) => {
            const box = element.getBoundingClientRect();
            const visible =
              box.width > 0 &&
              box.height > 0 &&
              element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            return { visible, html: element.outerHTML.slice(0, 160) };
          }),
        );
        expect(shown.length, `<${tag}> elements in the DOM`).toBe(count(html, tag));
        const hidden = shown.filter((element) => !element.visible).map((element) => element.html);
        expect(hidden, `hidden <${tag}> elements`).toEqual([]);
      }
      const documentStatus = file === '404.html' ? [`http 404: ${urlOf(file)}`] : [];
      expect(opened.problems.filter((problem) => !problem.startsWith('console:'))).toEqual(
        documentStatus,
      );
    } finally {
      await opened.close();
    }
  });
});
