// Issue 15, part 5: an editor that knows the libraries. Completions, hover types and inline type
// errors from the packages' declarations, through a TypeScript language service in a worker that
// loads on first Edit and never before; the editor is usable before the types arrive.
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { distDir, siteUrl } from './support/site.ts';
import { measureEditWeight } from '../../scripts/_edit-weight.ts';
import { runExample } from './_examples.ts';
import { describeEditTimes, measureEditTimes, TYPES_READY_MARK } from './support/edit-timing.ts';

const QUERIES = siteUrl('datastore/queries/');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The type service's files: the editor's glue chunk and the worker. */
const TYPE_SERVICE = /\/_astro\/(type-extensions\.[\w-]+|types\.worker-[\w-]+)\.js$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A URL of the site as a path in dist/: `_astro/editor.x.js`. */
function inDist(url: string): string {
  return new URL(url).pathname.replace(new URL(siteUrl()).pathname, '');
}

/** The first example on the page whose visible code uses names from hidden setup (`ds`). */
function setupExample(page: Page): Locator {
  return page.locator('run-example[data-setup]').first();
}

/** Waits until the page's type service has loaded. */
async function typesReady(page: Page): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    TYPES_READY_MARK,
    {
      timeout: 20_000,
    },
  );
}

/** Opens the editor, waits for types, puts the cursor at the end of the code. */
async function editWithTypes(page: Page, example: Locator): Promise<void> {
  await example.getByRole('button', { name: 'Edit' }).click();
  await example.locator('.cm-content').waitFor();
  await typesReady(page);
  await example.locator('.cm-content').focus();
  await page.keyboard.press('ControlOrMeta+End');
}

/** The texts of the type errors listed in the lint panel (Ctrl+Shift+M). */
async function listedErrors(page: Page, example: Locator): Promise<string[]> {
  await page.keyboard.press('ControlOrMeta+Shift+M');
  const panel = example.getByRole('listbox', { name: 'Diagnostics' });
  await panel.waitFor();
  return panel.getByRole('option').allTextContents();
}

describe('the editor that knows the libraries', () => {
  let opened: OpenedPage;
  let example: Locator;
  beforeAll(async () => {
    opened = await openPage(browser, QUERIES);
    example = setupExample(opened.page);
  });
  afterEach(async () => {
    await opened.page.keyboard.press('Escape');
    await example.getByRole('button', { name: 'Reset' }).click({ timeout: 5000 });
  });
  afterAll(async () => {
    await opened?.close();
  });

  it("offers a store's methods after `ds.`, with `ds` from the hidden setup", async () => {
    const { page } = opened;
    await editWithTypes(page, example);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ds.');
    const list = page.getByRole('listbox', { name: 'Completions' });
    await list.waitFor();
    const labels = await list.locator('.cm-completionLabel').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['get', 'put', 'query', 'delete']));
    // Picking one inserts it.
    await page.keyboard.type('que');
    await page.keyboard.press('Enter');
    expect(await example.locator('.cm-content').textContent()).toMatch(/ds\.query$/);
  });

  it('has no axe violation with the editor, its completion list and the inspector open', async () => {
    const { page } = opened;
    await editWithTypes(page, example);
    await runExample(example);
    const stores = example.getByRole('button', { name: 'Stores' });
    await stores.click();
    await expect.poll(() => stores.getAttribute('aria-expanded')).toBe('true');
    await example
      .getByRole('region', { name: 'Stores created by the run' })
      .locator('table')
      .first()
      .waitFor();
    await example.locator('.cm-content').focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('ds.');
    await page.getByRole('listbox', { name: 'Completions' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .include('run-example')
        .withTags(WCAG_TAGS)
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${colorScheme} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`,
        ),
      ).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows the type of an identifier on hover', async () => {
    const { page } = opened;
    await editWithTypes(page, example);
    const box = await pointInWord(page, 'thirties');
    await page.mouse.move(box.x, box.y);
    const tooltip = example.locator('.cm-tooltip-hover .cm-type-hover');
    await tooltip.waitFor({ timeout: 5000 });
    expect(await tooltip.textContent()).toBe('const thirties: Query');
  });

  it('shows and says the type under the cursor on Ctrl+K Ctrl+I, and Escape closes it', async () => {
    const { page } = opened;
    await editWithTypes(page, example);
    const box = await pointInWord(page, 'thirties');
    await page.mouse.click(box.x, box.y);
    await page.mouse.move(0, 0);
    await example.locator('.cm-tooltip-hover').waitFor({ state: 'detached' });
    await page.evaluate(() => {
      const region = document.querySelector('run-example[data-setup] .cm-announced')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.press('ControlOrMeta+i');
    // Not the mouse's tooltip (.cm-tooltip-hover): the keyboard's own.
    const tooltip = example.locator('.cm-tooltip.cm-type-hover');
    await tooltip.waitFor({ timeout: 5000 });
    expect(await tooltip.textContent()).toBe('const thirties: Query');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said))
      .toContain('const thirties: Query');
    // The chord belongs to the editor: the site's Ctrl+K search stays closed.
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    expect(await example.locator('.cm-content').evaluate((e) => e === document.activeElement)).toBe(
      true,
    );
  });

  it('marks a type error inline, names the problem, and still runs', async () => {
    const { page } = opened;
    await editWithTypes(page, example);
    // CodeMirror's live region holds an announcement for 200 ms: record each one as it comes.
    await page.evaluate(() => {
      const region = document.querySelector('run-example[data-setup] .cm-announced')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
      });
    });
    await page.keyboard.press('Enter');
    await page.keyboard.insertText("const n: number = 'x';");
    await example.locator('.cm-lintRange-error').waitFor({ timeout: 5000 });
    expect(await example.locator('.cm-lintRange-error').textContent()).toBe('n');
    expect(await listedErrors(page, example)).toEqual([
      "Type 'string' is not assignable to type 'number'.",
    ]);
    // Screen readers hear it too (CodeMirror's polite live region).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said))
      .toContainEqual(
        expect.stringMatching(
          /^1 type error; line 6: Type 'string' is not assignable to type 'number'\. Ctrl\+Shift\+M lists them\.$/,
        ),
      );
    // Types are advice: Run runs the code as it is.
    expect(await runExample(example)).toContain('[ ');
  });

  it('shows no diagnostic on any unedited example of the page', async () => {
    const { page } = opened;
    const examples = page.locator('run-example');
    const count = await examples.count();
    for (let i = 0; i < count; i++)
      await examples.nth(i).getByRole('button', { name: 'Edit' }).click();
    await typesReady(page);
    // Each editor is marked once the service has answered for its code.
    await expect
      .poll(() => page.locator('.cm-editor[data-types-checked]').count(), { timeout: 10_000 })
      .toBe(count);
    expect(await page.locator('.cm-lintRange').count()).toBe(0);
    for (let i = 0; i < count; i++)
      await examples.nth(i).getByRole('button', { name: 'Reset' }).click();
    expect(opened.problems).toEqual([]);
  });
});

describe('loading the type service', () => {
  it('is weighed by `npm run budget`, apart from the editor and every page’s eager scripts', () => {
    const weight = measureEditWeight(distDir);
    expect(weight?.editor.files).toContainEqual(expect.stringMatching(/^_astro\/editor\./));
    expect(weight?.typeService.files).toEqual([
      expect.stringMatching(/^_astro\/type-extensions\.[\w-]+\.js$/),
      expect.stringMatching(/^_astro\/types\.worker-[\w-]+\.js$/),
    ]);
    expect(weight?.typeService.bytes).toBeGreaterThan(weight?.editor.bytes ?? Infinity);
  });

  it('loads nothing of it before Edit; the editor is usable at once, types follow (timing line)', async () => {
    const opened = await openPage(browser, QUERIES);
    const { page } = opened;
    const responses: { url: string; body: Promise<Buffer> }[] = [];
    page.on('response', (response) => {
      if (/\.js$/.test(new URL(response.url()).pathname))
        responses.push({ url: response.url(), body: response.body() });
    });
    try {
      await page.waitForLoadState('networkidle');
      // A reader who points at an example, runs it and reads on loads no part of the editor.
      const example = setupExample(page);
      await example.hover();
      await runExample(example);
      const early = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      expect(early.filter((url) => TYPE_SERVICE.test(url) || /\/editor\./.test(url))).toEqual([]);
      const before = responses.length;

      const timing = await measureEditTimes(page, 'run-example[data-setup]');
      // Typing works while (and after) the types load.
      await page.keyboard.type('// typed');
      expect(await example.locator('.cm-content').textContent()).toContain('// typed');

      const loaded = await Promise.all(
        responses.slice(before).map(async ({ url, body }) => ({
          url,
          gz: gzipSync(await body, { level: 9 }).length,
        })),
      );
      // Split as `npm run budget` weighs them (chunks a finished run loads late are neither).
      const weight = measureEditWeight(distDir)!;
      const part = (files: string[]) => loaded.filter(({ url }) => files.includes(inDist(url)));
      const editor = part(weight.editor.files);
      const service = part(weight.typeService.files);
      expect(editor.length).toBe(weight.editor.files.length);
      expect(service.length).toBe(weight.typeService.files.length);
      const kb = (files: { gz: number }[]) =>
        (files.reduce((sum, file) => sum + file.gz, 0) / 1024).toFixed(1);
      console.info(
        `[types] ${describeEditTimes(timing)}; ` +
          `loaded on first Edit (gzip): editor ${kb(editor)} KB (${editor.length} files), ` +
          `type service ${kb(service)} KB (${service.length} files)`,
      );
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('leaves a working editor, and no alarm, when the type service crashes', async () => {
    const opened = await openPage(browser, QUERIES);
    const { page } = opened;
    try {
      const example = setupExample(page);
      await editWithTypes(page, example);
      await page.keyboard.press('Enter');
      await page.keyboard.insertText("const n: number = 'x';");
      await example.locator('.cm-lintRange-error').waitFor({ timeout: 5000 });
      const service = page.workers().find((worker) => /types\.worker-/.test(worker.url()));
      expect(service).toBeDefined();
      await service!.evaluate(() =>
        setTimeout(() => {
          throw new Error('the type service crashed');
        }),
      );
      // The next lint gets no answer: the marks go, the editor stays.
      await page.keyboard.press('Backspace');
      await expect.poll(() => example.locator('.cm-lintRange').count()).toBe(0);
      await page.keyboard.insertText(';\nds.');
      await page.waitForTimeout(500);
      expect(await page.getByRole('listbox', { name: 'Completions' }).count()).toBe(0);
      expect(await example.locator('.cm-content').textContent()).toMatch(/ds\.$/);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('leaves a working editor, and no alarm, when the type service cannot load', async () => {
    const opened = await openPage(browser, QUERIES);
    const { page } = opened;
    try {
      await page.route(/\/types\.worker-[\w-]+\.js$/, (route) => route.abort());
      const example = setupExample(page);
      await example.getByRole('button', { name: 'Edit' }).click();
      await example.locator('.cm-content').waitFor();
      await example.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('const n: number = 1;');
      await page.waitForTimeout(1000);
      expect(await example.locator('.cm-content').textContent()).toContain('const n: number = 1;');
      expect(await example.locator('.cm-lintRange, .cm-tooltip').count()).toBe(0);
      expect(await runExample(example)).toContain('[ ');
      // Only the blocked request itself is a problem; nothing is said on the page or console.
      expect(opened.problems.filter((p) => !/requestfailed: .*types\.worker/.test(p))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/** The middle of the third letter of `word`'s first occurrence in the editor with setup. */
async function pointInWord(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((text) => {
    const content = document.querySelector('run-example[data-setup] .cm-content')!;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 2);
      range.setEnd(node, at + 3);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not in the editor`);
  return point;
}
