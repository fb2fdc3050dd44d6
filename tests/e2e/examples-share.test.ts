// Issue 15, part 2: share links carry an edit in the URL fragment (and never run it by
// themselves); edits survive a reload of the page until Reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { replaceCode, runExample } from './_examples.ts';

const PAGE = siteUrl('datastore/');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the page has started any example worker (a run, or a prewarm). */
function workersLoaded(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('worker'))
        .length,
  );
}

describe('share links', () => {
  it('open in a fresh page with the shared code, marked, and not run until Run', async () => {
    const author = await openPage(browser, PAGE);
    let link: string;
    try {
      const example = author.page.locator('run-example').nth(1);
      expect(await example.getByRole('button', { name: 'Share' }).isVisible()).toBe(false);
      await replaceCode(author.page, example, "console.log('shared', 6 * 7);");
      await example.getByRole('button', { name: 'Share' }).click();
      const anchor = example.locator('.run-example__status a');
      await anchor.waitFor();
      link = (await anchor.getAttribute('href')) ?? '';
      expect(link).toMatch(/\/datastore\/#share=1\.[A-Za-z0-9_-]+$/);
    } finally {
      await author.close();
    }

    const reader = await openPage(browser, link);
    try {
      const example = reader.page.locator('run-example').nth(1);
      await expect.poll(() => example.getAttribute('data-origin')).toBe('shared');
      expect(await example.locator('.run-example__code pre:not([hidden])').textContent()).toBe(
        "console.log('shared', 6 * 7);",
      );
      expect(await example.locator('.run-example__status').textContent()).toMatch(
        /^Shared code, not run yet/,
      );
      // Nothing ran: the output is still the build's, and no worker was even loaded.
      await reader.page.waitForTimeout(300);
      expect(await example.locator('.run-example__result').getAttribute('data-state')).toBeNull();
      expect(await workersLoaded(reader.page)).toBe(0);
      expect(await runExample(example)).toBe('shared 42');
      await example.getByRole('button', { name: 'Reset' }).click();
      expect(await example.getAttribute('data-origin')).toBeNull();
      expect(await example.locator('.run-example__code pre:not([hidden])').textContent()).toBe(
        await example.getAttribute('data-code'),
      );
      expect(new URL(reader.page.url()).hash).toBe('');
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it.each([
    ['malformed', '#share=0.%%%not-base64'],
    ['not compressed', '#share=0.aGVsbG8gd29ybGQ'],
    ['oversized', `#share=0.${'A'.repeat(20_000)}`],
    ['for a missing example', '#share=99.q1ZKzk9JVbJSqlCqBQA'],
  ])('ignore a %s fragment with a notice', async (_kind, hash) => {
    const opened = await openPage(browser, PAGE + hash);
    try {
      const first = opened.page.locator('run-example').first();
      await expect
        .poll(() => first.locator('.run-example__status').textContent())
        .toMatch(/^The link's code was ignored: .+\. Showing the original/);
      expect(await opened.page.locator('run-example[data-origin]').count()).toBe(0);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('a share link made before the page changed', () => {
  it('finds its example by its original code when examples above it moved', async () => {
    const opened = await openPage(browser, PAGE);
    try {
      const { page } = opened;
      const second = page.locator('run-example').nth(1);
      await second.locator('.run-example__actions').waitFor();
      // A link made when this example was the first one on the page (index 0).
      const fragment = await page.evaluate(
        async (original) => {
          let hash = 0x811c9dc5;
          for (let i = 0; i < original.length; i++) {
            hash = Math.imul(hash ^ original.charCodeAt(i), 0x01000193);
          }
          const of = (hash >>> 0).toString(16).padStart(8, '0');
          const json = JSON.stringify({ code: "console.log('moved');", lang: 'ts', of });
          const stream = new Blob([json])
            .stream()
            .pipeThrough(new CompressionStream('deflate-raw'));
          const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
          const base64 = btoa(String.fromCharCode(...bytes));
          return `#share=0.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
        },
        (await second.getAttribute('data-code')) ?? '',
      );
      // Through a blank page: a fragment alone would not load the page again.
      await page.goto('about:blank');
      await page.goto(PAGE + fragment);
      const moved = page.locator('run-example').nth(1);
      await moved.locator('.run-example__actions').waitFor();
      await expect.poll(() => moved.getAttribute('data-origin'), { timeout: 5000 }).toBe('shared');
      expect(await page.locator('run-example').first().getAttribute('data-origin')).toBeNull();
      expect(await moved.locator('.run-example__code pre:not([hidden])').textContent()).toBe(
        "console.log('moved');",
      );
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('saved edits', () => {
  it('survive a reload until Reset', async () => {
    const opened = await openPage(browser, PAGE);
    try {
      const { page } = opened;
      const example = page.locator('run-example').first();
      await replaceCode(page, example, "console.log('kept across reloads');");
      await page.reload();
      const again = page.locator('run-example').first();
      await expect.poll(() => again.getAttribute('data-origin')).toBe('restored');
      expect(await again.locator('.run-example__code pre:not([hidden])').textContent()).toBe(
        "console.log('kept across reloads');",
      );
      expect(await runExample(again)).toBe('kept across reloads');
      // Editing the restored code starts from it.
      await again.getByRole('button', { name: 'Edit' }).click();
      await again.locator('.cm-content').waitFor();
      expect(await again.locator('.cm-content').textContent()).toBe(
        "console.log('kept across reloads');",
      );
      await again.getByRole('button', { name: 'Reset' }).click();
      await page.reload();
      const reset = page.locator('run-example').first();
      await reset.locator('.run-example__actions').waitFor();
      expect(await reset.getAttribute('data-origin')).toBeNull();
      expect(await reset.locator('.run-example__code pre:not([hidden])').textContent()).toBe(
        await reset.getAttribute('data-code'),
      );
    } finally {
      await opened.close();
    }
  });
});
