// Issue 15, part 4: the /playground/ page: a full-height editor, a starter per library, the
// inspector and share links, reached from every example by "Open in playground".
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { runExample } from './_examples.ts';

const PLAYGROUND = siteUrl('playground/');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the playground page', () => {
  it('opens the editor at once and runs the dronestore starter, with its versions inspectable', async () => {
    const opened = await openPage(browser, PLAYGROUND);
    try {
      const { page } = opened;
      const example = page.locator('run-example[data-playground]');
      await example.locator('.cm-editor').waitFor();
      await page.getByLabel('Start from').selectOption('dronestore');
      await expect
        .poll(() => example.locator('.cm-content').textContent())
        .toContain("from '@project-hub/dronestore'");
      const output = await runExample(example);
      expect(output).toMatch(/^[0-9a-f]{8} parent [0-9a-f]{8}\nHello, world$/);
      expect(await example.locator('.run-example__status').textContent()).toMatch(
        /^✓ ran · \d+ ms$/,
      );
      await example.getByRole('button', { name: 'Stores' }).click();
      const versions = example
        .locator('table', { has: page.locator('caption', { hasText: 'Versions of /Page:home' }) })
        .locator('tbody tr');
      await expect.poll(() => versions.count()).toBe(2);
      const results = await new AxeBuilder({ page })
        .include('main')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('is reached from an example with its code, shown as shared and not run', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'));
    try {
      const { page } = opened;
      const example = page.locator('run-example').first();
      const code = await example.getAttribute('data-code');
      await example.getByRole('link', { name: 'Open in playground' }).click();
      await page.waitForURL(/\/playground\/#share=0\./);
      const playground = page.locator('run-example[data-playground]');
      await expect.poll(() => playground.getAttribute('data-origin')).toBe('shared');
      await expect
        .poll(() => playground.locator('.cm-content').textContent())
        .toBe(code?.replace(/\n/g, ''));
      expect(
        await playground.locator('.run-example__result').getAttribute('data-state'),
      ).toBeNull();
      // Pointing at the example prewarmed the workers (runner and compiler) on the page we left;
      // leaving aborts their load.
      const aborted = /^requestfailed: \S+\/(runner|compiler)\.worker-[\w-]+\.js net::ERR_ABORTED$/;
      expect(opened.problems.filter((problem) => !aborted.test(problem))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("shows a link's setup above its code, so nothing that Run runs is hidden", async () => {
    const opened = await openPage(browser, PLAYGROUND);
    try {
      const { page } = opened;
      await page.locator('run-example[data-playground] .cm-editor').waitFor();
      const fragment = await page.evaluate(async () => {
        const json = JSON.stringify({
          setup: "const secret = 'from the setup';",
          code: 'console.log(secret);',
          lang: 'ts',
        });
        const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        const base64 = btoa(String.fromCharCode(...bytes));
        return `#share=0.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
      });
      // Through a blank page: a fragment alone would not load the page again.
      await page.goto('about:blank');
      await page.goto(PLAYGROUND + fragment);
      const playground = page.locator('run-example[data-playground]');
      await playground.locator('.cm-editor').waitFor();
      await expect
        .poll(() => playground.getAttribute('data-origin'), { timeout: 5000 })
        .toBe('shared');
      await expect
        .poll(() => playground.locator('.cm-line').allTextContents(), { timeout: 5000 })
        .toEqual(["const secret = 'from the setup';", 'console.log(secret);']);
      expect(await runExample(playground)).toBe('from the setup');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
