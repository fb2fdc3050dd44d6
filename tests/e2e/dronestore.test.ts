// Issue 6: the live dronestore demo on its doc page: edits on both sides, sync both ways, one hash.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

const URL_ = siteUrl('dronestore/');
let browser: Browser;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const demo = (page: Page) => page.locator('dronestore-demo');

/** Opens the page and waits until the demo replaced its fallback with the two replicas. */
async function openDemo(colorScheme: 'light' | 'dark' = 'light', width = 1280): Promise<Page> {
  opened = await openPage(browser, URL_, { colorScheme, viewport: { width, height: 900 } });
  const { page } = opened;
  await demo(page).scrollIntoViewIfNeeded(); // the demo loads when it comes into view
  await side(page, 'Phone')
    .getByText(/^Version [0-9a-f]{8}, committed$/)
    .waitFor();
  return page;
}

const side = (page: Page, name: 'Laptop' | 'Phone') => demo(page).getByRole('group', { name });

async function values(page: Page, name: 'Laptop' | 'Phone'): Promise<string[]> {
  const group = side(page, name);
  const labels = ['Title', 'Body', 'Priority (whole number)', 'Tags (comma-separated)'];
  return Promise.all(labels.map((label) => group.getByLabel(label).inputValue()));
}

async function hashOf(page: Page, name: 'Laptop' | 'Phone'): Promise<string> {
  const text = await side(page, name).getByRole('status').textContent();
  return /^Version ([0-9a-f]{8})/.exec(text ?? '')?.[1] ?? `no hash in ${text}`;
}

describe('dronestore demo on its page', () => {
  it('merges edits from both sides, synced both ways, to the same values and hash', async () => {
    const page = await openDemo();
    const laptop = side(page, 'Laptop');
    const phone = side(page, 'Phone');
    await laptop.getByLabel('Title').fill('Weekend groceries');
    await laptop.getByLabel('Tags (comma-separated)').fill('food, weekend');
    await laptop.getByRole('button', { name: 'Commit' }).click();
    await phone.getByLabel('Body').fill('milk, eggs');
    await phone.getByLabel('Priority (whole number)').fill('5');
    await phone.getByLabel('Tags (comma-separated)').fill('food, errands');
    await expect.poll(() => phone.getByRole('status').textContent()).toMatch(/uncommitted edits$/);
    await phone.getByRole('button', { name: 'Commit' }).click();

    await demo(page).getByRole('button', { name: 'Sync phone to laptop' }).click();
    const table = demo(page).getByRole('table');
    await expect
      .poll(() => table.locator('caption').textContent())
      .toMatch(/^Sync phone to laptop: the laptop merged/);
    const winners = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('th')?.textContent,
          row.querySelectorAll('td')[1]?.textContent,
        ]),
      );
    expect(winners).toEqual([
      ['title', 'laptop'],
      ['body', 'phone'],
      ['priority', 'phone'],
      ['tags', 'both (merged)'],
    ]);

    await demo(page).getByRole('button', { name: 'Sync laptop to phone' }).click();
    const merged = ['Weekend groceries', 'milk, eggs', '5', 'errands, food, weekend'];
    await expect.poll(() => values(page, 'Phone')).toEqual(merged);
    expect(await values(page, 'Laptop')).toEqual(merged);
    expect(await hashOf(page, 'Laptop')).toBe(await hashOf(page, 'Phone'));
    expect(
      await demo(page)
        .getByText(/^Both sides hold version [0-9a-f]{8}\.$/)
        .count(),
    ).toBe(1);
    expect(await laptop.getByRole('listitem').count()).toBe(3); // first commit, edit, merge
    expect(opened?.problems).toEqual([]);
  });

  it('refuses to sync into a side with uncommitted edits, and resets', async () => {
    const page = await openDemo();
    await side(page, 'Phone').getByLabel('Title').fill('draft');
    await demo(page).getByRole('button', { name: 'Sync laptop to phone' }).click();
    await demo(page)
      .getByText(/^Not synced: the phone has uncommitted edits/)
      .waitFor();
    await demo(page).getByRole('button', { name: 'Reset demo' }).click();
    await expect.poll(() => values(page, 'Phone')).toEqual(await values(page, 'Laptop'));
  });

  it('Regression: issue 11 #11: clears the report of the previous sync when a sync is refused', async () => {
    const page = await openDemo();
    await side(page, 'Phone').getByLabel('Priority (whole number)').fill('7');
    await side(page, 'Phone').getByRole('button', { name: 'Commit' }).click();
    await demo(page).getByRole('button', { name: 'Sync phone to laptop' }).click();
    await demo(page).getByRole('table').waitFor();
    await side(page, 'Laptop').getByLabel('Title').fill('draft');
    await demo(page).getByRole('button', { name: 'Sync phone to laptop' }).click();
    await demo(page)
      .getByText(/^Not synced: the laptop has uncommitted edits/)
      .waitFor();
    expect(await demo(page).getByRole('table').count()).toBe(0);
    expect(await demo(page).locator('.ds-report').textContent()).toBe('');
    expect(opened?.problems).toEqual([]);
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
  ] as const)('has no axe violation after a sync (%s, %i px wide)', async (scheme, width) => {
    const page = await openDemo(scheme, width);
    await side(page, 'Phone').getByLabel('Priority (whole number)').fill('7');
    await side(page, 'Phone').getByRole('button', { name: 'Commit' }).click();
    await demo(page).getByRole('button', { name: 'Sync phone to laptop' }).click();
    await demo(page).getByRole('table').waitFor();
    const results = await new AxeBuilder({ page }).include('dronestore-demo').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('dronestore page without JavaScript', () => {
  it('explains the demo with a static example', async () => {
    opened = await openPage(browser, URL_, { javaScriptEnabled: false });
    const demo = opened.page.locator('dronestore-demo');
    expect(await demo.getByRole('table').count()).toBe(1);
    expect(await demo.textContent()).toContain('The merged version is committed on the laptop');
  });
});
