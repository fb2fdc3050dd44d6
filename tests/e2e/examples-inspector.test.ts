// Issue 15, part 3: after a run, the store inspector shows every store the example created, in
// key order, composite stores with their children, a Repo with each object's versions.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { replaceCode, runExample } from './_examples.ts';

const TIERED = `import { MemoryDatastore, TieredDatastore } from '@project-hub/datastore';
const cache = new MemoryDatastore();
const backing = new MemoryDatastore();
const store = new TieredDatastore([cache, backing]);
await store.put('/b', 'two');
await store.put('/a', 1);
await backing.put('/c', { only: 'backing' });
console.log('stored');`;

const SHARDED = `import { MemoryDatastore, ShardedDatastore } from '@project-hub/datastore';
const store = new ShardedDatastore([new MemoryDatastore(), new MemoryDatastore()]);
for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await store.put('/' + name, name);
console.log('stored');`;

const REPO = `import { MemoryDatastore } from '@project-hub/datastore';
import { defineModel, HybridClock, Repo, StringAttribute } from '@project-hub/dronestore';
const Page = defineModel('Page', { title: new StringAttribute() });
const repo = new Repo(new MemoryDatastore());
const page = new Page('home', { clock: new HybridClock({ replica: 'r', wall: () => 0 }) });
page.title = 'one';
await repo.put(page.commit());
page.title = 'two';
await repo.put(page.commit());
console.log('stored');`;

const MANY = `import { MemoryDatastore } from '@project-hub/datastore';
const store = new MemoryDatastore();
for (let i = 0; i < 5000; i++) await store.put('/k' + i, 'v'.repeat(3000));
console.log('stored');`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the store inspector', () => {
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

  /** Runs `code` in the example and opens the inspector; returns its panel. */
  async function inspect(code: string): Promise<Locator> {
    await replaceCode(opened.page, example, code);
    expect(await runExample(example)).toBe('stored');
    const button = example.getByRole('button', { name: 'Stores' });
    await button.click();
    // The panel's code loads on first open.
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    const panel = example.getByRole('region', { name: 'Stores created by the run' });
    await panel.locator('table').first().waitFor();
    return panel;
  }

  /** The keys listed in the table captioned `caption`. */
  function keysOf(panel: Locator, caption: string): Promise<string[]> {
    return panel
      .locator('table', { has: opened.page.locator('caption', { hasText: caption }) })
      .locator('tbody tr td:first-child')
      .allTextContents();
  }

  it('lists a Tiered store’s keys in both tiers, in key order', async () => {
    const panel = await inspect(TIERED);
    expect(
      await panel.locator('.rx-inspector__tree > li > details > summary').first().textContent(),
    ).toBe('TieredDatastore · 3 keys');
    expect(await keysOf(panel, 'Keys of tier 1:')).toEqual(['/a', '/b']);
    expect(await keysOf(panel, 'Keys of tier 2:')).toEqual(['/a', '/b', '/c']);
    expect(
      await panel
        .locator('caption', { hasText: 'Keys of tier 2' })
        .locator('..')
        .locator('tbody tr')
        .last()
        .textContent(),
    ).toBe("/c{ only: 'backing' }");
    // The tiers are shown inside their Tiered store, not again on their own.
    expect(await panel.locator(':scope > ul > li').count()).toBe(1);
  });

  it('shows a Sharded store split its keys over its shards', async () => {
    const panel = await inspect(SHARDED);
    const first = await keysOf(panel, 'Keys of shard 1');
    const second = await keysOf(panel, 'Keys of shard 2');
    expect([...first, ...second].sort()).toEqual(['/a', '/b', '/c', '/d', '/e', '/f']);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
  });

  it('shows each version a Repo stored for an object', async () => {
    const panel = await inspect(REPO);
    const rows = panel
      .locator('table', {
        has: opened.page.locator('caption', { hasText: 'Versions of /Page:home' }),
      })
      .locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const [first, second] = await Promise.all(
      [rows.nth(0), rows.nth(1)].map((row) => row.locator('td').allTextContents()),
    );
    expect(first?.[2]).toBe('0000000000');
    expect(second?.[2]).toBe(first?.[1]);
    expect(second?.[4]).toContain("'two'");
  });

  it('bounds a huge store and says what it left out', async () => {
    const panel = await inspect(MANY);
    const shown = await panel.locator('tbody tr').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(400);
    expect(await panel.locator('.rx-inspector__note').last().textContent()).toMatch(
      /^… \d+ more not shown$/,
    );
    expect(await panel.locator('.rx-inspector__title').textContent()).toContain(
      'cut to the inspector’s limits',
    );
  });

  it('has no axe violation with the inspector and the editor open', async () => {
    await inspect(TIERED);
    for (const colorScheme of ['light', 'dark'] as const) {
      await opened.page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: opened.page })
        .include('run-example')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
    expect(opened.problems).toEqual([]);
  });
});
