// Issue 13: the Backends page's examples in real Chromium: IndexedDB data survives a page reload,
// and the git example shows a key's history, both run in the page's worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

const BACKENDS = siteUrl('datastore/backends/');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks Run on `example` and returns what it printed once the run has finished. */
async function run(example: Locator): Promise<string> {
  const result = example.locator('.run-example__result');
  await example.getByRole('button', { name: 'Run' }).click();
  await expect
    .poll(() => result.getAttribute('data-state'), { timeout: 20_000 })
    .toMatch(/^(ok|error|timeout)$/);
  return (await result.textContent()) ?? '';
}

const exampleWith = (opened: OpenedPage, text: string) =>
  opened.page.locator('run-example').filter({ hasText: text });

describe('the Backends page in Chromium', () => {
  it('keeps IndexedDB data across a page reload', async () => {
    const opened = await openPage(browser, BACKENDS);
    try {
      const example = () => exampleWith(opened, 'IndexedDBDatastore(');
      expect(await run(example())).toBe('run 1: reload the page and run again\ntrue');
      expect(opened.problems).toEqual([]);
      await opened.page.reload();
      // A reload aborts the worker script the page was prefetching: that is the reload, not a fault.
      opened.problems.splice(0);
      expect(await run(example())).toBe('run 2: reload the page and run again\ntrue');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('runs the git example in the page and shows the key’s history', async () => {
    const opened = await openPage(browser, BACKENDS);
    try {
      const printed = await run(exampleWith(opened, 'GitDatastore('));
      expect(printed).toBe(
        [
          'true',
          'world, again',
          'undefined',
          'delete /hello → undefined',
          'put /hello → world, again',
          'put /hello → world',
          'world',
        ].join('\n'),
      );
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
