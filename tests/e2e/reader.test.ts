// Issue 14: what a reader expects of a docs site — search, theme, "On this page", copy buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { E2E_REPOSITORY } from './global-setup.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function search(page: Page, term: string): Promise<void> {
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search' });
  await field.waitFor();
  await field.fill(term);
  await page.getByRole('status').filter({ hasText: term }).waitFor();
}

describe('search', () => {
  it('finds LRUCache on its page under /hub/, and follows the result', async () => {
    const opened = await openPage(browser, siteUrl('architecture/'));
    try {
      const { page } = opened;
      expect(
        await page.evaluate(() =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes('pagefind')),
        ),
        'Pagefind loads before search is opened',
      ).toBe(false);
      await search(page, 'LRUCache');
      const results = page.locator('.search-results a[href*="/hub/datastore/stores/"]');
      expect(await results.count()).toBeGreaterThan(0);
      expect(await page.locator('.search-results').innerText()).toContain('LRUCache');
      await results.first().click();
      await page.waitForURL(/\/hub\/datastore\/stores\//);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('filters by project and opens with Ctrl+K', async () => {
    const opened = await openPage(browser, siteUrl());
    try {
      const { page } = opened;
      await page.keyboard.press('Control+k');
      // The filters appear once Pagefind has loaded; choose one, then search.
      await page.getByRole('radio', { name: 'dronestore' }).check();
      await page.getByRole('searchbox', { name: 'Search' }).fill('merge');
      await page.getByRole('status').filter({ hasText: 'merge' }).waitFor();
      const urls = await page
        .locator('.search-result > a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^\/hub\/dronestore\//);
      await page.keyboard.press('Escape');
      expect(await page.locator('dialog.search-dialog').isVisible()).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('shows search excerpts as text and marks only, and drops links off the site', async () => {
    const opened = await openPage(browser, siteUrl());
    try {
      const { page } = opened;
      // A deployed index is a file anyone can replace: serve one whose results carry markup.
      await page.route(/\/pagefind\/pagefind\.js$/, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: HOSTILE_PAGEFIND }),
      );
      await search(page, 'store');
      const results = page.locator('.search-results');
      await results.getByText('Safe page').waitFor();
      expect(await results.locator('img, script, iframe').count()).toBe(0);
      expect(await results.locator('mark').allTextContents()).toEqual(['store']);
      expect(await results.innerText()).toContain('<img src=x onerror=window.pwned=1>');
      const hrefs = await results
        .locator('a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol));
      expect(hrefs).toEqual(['http:']);
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    } finally {
      await opened.close();
    }
  });

  for (const theme of ['light', 'dark'] as const)
    for (const width of [390, 1280])
      it(`has no axe violation with the dialog open (${theme}, ${width} px)`, async () => {
        const opened = await openPage(browser, 'about:blank', {
          viewport: { width, height: 844 },
        });
        try {
          const { page } = opened;
          await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
          await page.goto(siteUrl('datastore/'));
          await search(page, 'store');
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((violation) => violation.id)).toEqual([]);
        } finally {
          await opened.close();
        }
      });
});

describe('theme', () => {
  it('is remembered across a reload and applied before the first paint', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'), { colorScheme: 'light' });
    try {
      const { page } = opened;
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      expect(await backgroundOf(page)).toBe('rgb(13, 17, 23)');
      // Record the background at the first moment the document exists, before any stylesheet or
      // script of the page has run after the head script: a flash would show up as white.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          observer.disconnect();
          (window as unknown as { firstTheme: string | undefined }).firstTheme =
            document.documentElement.dataset['theme'];
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      expect(await page.evaluate(() => (window as { firstTheme?: string }).firstTheme)).toBe(
        'dark',
      );
      expect(await backgroundOf(page)).toBe('rgb(13, 17, 23)');
      expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
      // Shiki's code follows the chosen theme, not the system's (light here).
      const keyword = page.locator('.shiki span[style*="--shiki-dark:#FF7B72"]').first();
      expect(await keyword.evaluate((span) => getComputedStyle(span).color)).toBe(
        'rgb(255, 123, 114)',
      );
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
      await page.reload();
      expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    } finally {
      await opened.close();
    }
  });
});

describe('"On this page" on a phone', () => {
  it('opens and leads to a heading without JavaScript', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'), {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    try {
      const { page } = opened;
      const bar = page.getByRole('navigation', { name: 'On this page' });
      const link = bar.getByRole('link', { name: 'Hello Sharding' });
      expect(await link.isVisible()).toBe(false);
      await bar.getByText('On this page').click();
      expect(await link.isVisible()).toBe(true);
      await link.click();
      await page.waitForURL(/#hello-sharding$/);
      // The heading lands in view, covered neither by the sticky header nor by the open list.
      const covered = await page.locator('#hello-sharding').evaluate((heading) => {
        const box = heading.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 10, box.top + box.height / 2);
        return box.top < 0 || box.bottom > innerHeight || !heading.contains(hit);
      });
      expect(covered).toBe(false);
    } finally {
      await opened.close();
    }
  });

  it('marks the heading being read', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'), {
      viewport: { width: 1280, height: 800 },
    });
    try {
      const { page } = opened;
      await page.locator('#hello-sharding').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('hello-sharding')!.scrollIntoView());
      const current = page.locator('.toc a[aria-current="true"]');
      await current.waitFor();
      expect(await current.innerText()).toBe('Hello Sharding');
    } finally {
      await opened.close();
    }
  });
});

describe('page facts', () => {
  it('links the page to its file in the repository and says when it last changed', async () => {
    const opened = await openPage(browser, siteUrl('datastore/keys/'));
    try {
      const { page } = opened;
      expect(await page.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toBe(
        `${E2E_REPOSITORY}/edit/main/content/datastore/keys.md`,
      );
      const updated = page.locator('.page-meta time');
      expect(await updated.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await updated.innerText()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      // Previous and next cross into the neighbouring pages, named as in the sidebar.
      expect(
        await page.getByRole('link', { name: /Previous · datastore\s+Overview/ }).count(),
      ).toBe(1);
    } finally {
      await opened.close();
    }
  });
});

describe('copy buttons', () => {
  it('put the exact code of a block on the clipboard and say so', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'));
    try {
      const { page } = opened;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const block = page.locator('.prose > .code-block').first();
      const shown = await block.locator('pre').innerText();
      await block.getByRole('button', { name: 'Copy' }).click();
      await block.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.trimEnd());
      expect(await page.locator('#announcer').innerText()).toBe('Code copied to the clipboard');
      // A runnable example copies its code exactly as written in the content.
      const example = page.locator('run-example').first();
      await example.getByRole('button', { name: 'Copy' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await example.getAttribute('data-code'),
      );
    } finally {
      await opened.close();
    }
  });
});

describe('copy buttons never cover code', () => {
  it('show with a mouse only while the block is pointed at', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'));
    try {
      const block = opened.page.locator('.prose > .code-block').first();
      const button = block.getByRole('button', { name: 'Copy' });
      const opacity = () => button.evaluate((element) => getComputedStyle(element).opacity);
      expect(await opacity()).toBe('0');
      await block.hover();
      await expect.poll(opacity).toBe('1');
    } finally {
      await opened.close();
    }
  });

  it('sit above the first line on a touch screen', async () => {
    const opened = await openPage(browser, siteUrl('datastore/'), {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page } = opened;
      for (const block of [
        page.locator('.prose > .code-block').first(),
        page.locator('run-example .run-example__code').first(),
      ]) {
        const button = block.getByRole('button', { name: 'Copy' });
        expect(await button.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
        const buttonBox = await button.boundingBox();
        const lineBox = await block.locator('pre .line').first().boundingBox();
        expect(buttonBox && lineBox && buttonBox.y + buttonBox.height <= lineBox.y).toBe(true);
      }
    } finally {
      await opened.close();
    }
  });
});

describe('Node-only examples', () => {
  it('show their code and verified output with no Run or Edit, and copy their code', async () => {
    const opened = await openPage(browser, siteUrl('datastore/backends/'));
    try {
      const { page } = opened;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const example = page.locator('node-example').first();
      expect(await example.locator('.node-example__label').innerText()).toBe(
        'Runs in Node · output verified at build',
      );
      expect(await example.locator('.node-example__result').innerText()).toBe(
        'true\nworld\nundefined',
      );
      expect(await example.getByRole('button', { name: /^(Run|Edit)$/ }).count()).toBe(0);
      const shown = await example.locator('pre').first().innerText();
      expect(shown).toContain("from '@project-hub/datastore/fs'");
      await example.getByRole('button', { name: 'Copy' }).click();
      await example.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.trimEnd());
    } finally {
      await opened.close();
    }
  });
});

async function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** A Pagefind module whose results try markup in excerpts and `javascript:` and foreign links. */
const HOSTILE_PAGEFIND = `
const result = (url, title, excerpt, sub_results = []) => ({
  data: async () => ({ url, excerpt, meta: { title }, sub_results }),
});
export const options = async () => {};
export const init = async () => {};
export const filters = async () => ({});
export const search = async () => ({
  results: [
    result('/hub/datastore/', 'Safe page', 'a <mark>store</mark> &lt;img src=x onerror=window.pwned=1&gt; <img src=x onerror="window.pwned=2">', [
      { url: 'javascript:window.pwned=3', title: 'Script section', excerpt: 'x' },
    ]),
    result('javascript:window.pwned=4', 'Script page', 'x'),
    result('https://example.invalid/', 'Foreign page', 'x'),
  ],
});
`;
