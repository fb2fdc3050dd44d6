// Issue 15, part 1: each example is one framed unit, and Run says what happened: "same as the
// build" with its time, or a diff against the build's output.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { replaceCode, runExample } from './_examples.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('run feedback', () => {
  let opened: OpenedPage;
  let example: Locator;
  beforeAll(async () => {
    opened = await openPage(browser, siteUrl('datastore/'));
    example = opened.page.locator('run-example').first();
  });
  afterEach(async () => {
    await example.getByRole('button', { name: 'Reset' }).click();
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('says an unedited example printed the same as the build, with its time', async () => {
    const expected = await example.locator('.run-example__result').textContent();
    const below = await example.locator('.run-example__output').boundingBox();
    expect(await runExample(example)).toBe(expected);
    expect(await example.locator('.run-example__status').textContent()).toMatch(
      /^✓ same as the build · \d+ ms$/,
    );
    expect(await example.locator('.run-example__diff').isVisible()).toBe(false);
    // Same output, same place: Run moved nothing.
    const after = await example.locator('.run-example__output').boundingBox();
    expect(after?.height).toBeCloseTo(below?.height ?? NaN, 0);
    expect(opened.problems).toEqual([]);
  });

  it('shows a diff against the build when an edit changes the output', async () => {
    const expected = (await example.locator('.run-example__result').textContent()) ?? '';
    await replaceCode(opened.page, example, "console.log('changed by the reader');");
    await runExample(example);
    expect(await example.locator('.run-example__status').textContent()).toMatch(
      /^≠ differs from the build · \d+ ms$/,
    );
    const diff = example.locator('.run-example__diff');
    // The diff's code loads with the first difference.
    await expect.poll(() => diff.isVisible()).toBe(true);
    expect(await diff.locator('ins').allTextContents()).toEqual(['+ changed by the reader\n']);
    const removed = await diff.locator('del').allTextContents();
    expect(removed[0]).toBe(`− ${expected.split('\n')[0]}\n`);
  });

  it('clears the verdict and the diff on Reset', async () => {
    await replaceCode(opened.page, example, "console.log('x');");
    await runExample(example);
    await example.getByRole('button', { name: 'Reset' }).click();
    expect(await example.locator('.run-example__status').textContent()).toBe('');
    expect(await example.locator('.run-example__diff').isVisible()).toBe(false);
  });
});

describe('the editor', () => {
  it('is usable after the first Edit, and reports how long that took', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'));
    try {
      const { page } = opened;
      await page.waitForLoadState('networkidle');
      const example = page.locator('run-example').first();
      const ms = await example.getByRole('button', { name: 'Edit' }).evaluate(
        (button) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            (button as HTMLElement).click();
            const check = () =>
              document.activeElement?.classList.contains('cm-content')
                ? resolve(performance.now() - start)
                : requestAnimationFrame(check);
            check();
          }),
      );
      console.info(`[examples] first Edit → usable editor: ${Math.round(ms)} ms`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText("console.log('typed');");
      expect(await runExample(example)).toBe('typed');
    } finally {
      await opened.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('the framed unit (%s)', (colorScheme) => {
  it('tints the code apart from the output, inside one frame', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'), { colorScheme });
    try {
      const example = opened.page.locator('run-example').first();
      const look = await example.evaluate((element) => {
        const bg = (selector: string) =>
          getComputedStyle(element.querySelector(selector)!).backgroundColor;
        return {
          code: bg('.run-example__code pre'),
          output: bg('.run-example__result'),
          frame: getComputedStyle(element).borderTopStyle,
          radius: getComputedStyle(element).borderTopLeftRadius,
        };
      });
      expect(look.code).not.toBe(look.output);
      expect(look.frame).toBe('solid');
      expect(look.radius).toBe('8px');
      // The editor takes the tint of the code it replaces.
      await example.getByRole('button', { name: 'Edit' }).click();
      await example.locator('.cm-editor').waitFor();
      expect(
        await example.locator('.cm-editor').evaluate((e) => getComputedStyle(e).backgroundColor),
      ).toBe(look.code);
    } finally {
      await opened.close();
    }
  });
});
