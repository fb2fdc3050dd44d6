// Issue 4: runnable examples in the built site: every example runs in a worker and prints its
// expected output; edits run; endless loops, syntax errors and throws are reported with lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { describeRunTimes, measureRunTimes } from './support/run-timing.ts';
import { builtHtmlFiles, distDir, routeOf, siteUrl } from './support/site.ts';

// Pages of docs examples (the /playground/ page has no build output to compare with).
const EXAMPLE_PAGES = builtHtmlFiles().filter(
  (file) =>
    readFileSync(join(distDir, file), 'utf8').includes('<run-example') &&
    !file.startsWith('playground/'),
);
const DATASTORE = siteUrl('datastore/');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks Run (or presses Ctrl+Enter in the editor) and waits until the run has finished. */
async function runAndRead(example: Locator, trigger?: () => Promise<void>): Promise<string> {
  const result = example.locator('.run-example__result');
  await (trigger ? trigger() : example.getByRole('button', { name: 'Run' }).click());
  const finished = await result
    .page()
    .waitForFunction(
      (element) => /^(ok|error|timeout)$/.test(element?.getAttribute('data-state') ?? ''),
      await result.elementHandle(),
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!finished)
    throw new Error(
      `the run did not finish in 10 s; worker loads [start, ms]: ${await diagnose(example)}`,
    );
  return (await result.textContent()) ?? '';
}

/** What the page knows about its worker loads, for a failure message. */
function diagnose(example: Locator): Promise<string> {
  return example.page().evaluate(() =>
    JSON.stringify(
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('worker'))
        .map((entry) => [Math.round(entry.startTime), Math.round(entry.duration)]),
    ),
  );
}

/** Opens the editor of `example` and replaces its code. */
async function editCode(page: Page, example: Locator, code: string): Promise<void> {
  await example.getByRole('button', { name: 'Edit' }).click();
  const editor = example.getByRole('textbox');
  await editor.waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
    .toContain('cm-content');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

describe('runnable examples', () => {
  it('are on the datastore pages', () => {
    expect(EXAMPLE_PAGES).toEqual(
      expect.arrayContaining(['datastore/index.html', 'datastore/queries/index.html']),
    );
  });

  it.each(EXAMPLE_PAGES)('on %s each print their expected output when run', async (file) => {
    const opened = await openPage(browser, siteUrl(routeOf(file)));
    try {
      const examples = opened.page.locator('run-example');
      const count = await examples.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const example = examples.nth(i);
        const expected = await example.locator('.run-example__result').textContent();
        expect(await runAndRead(example), `example ${i + 1} of ${file}`).toBe(expected);
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the example editor', () => {
  let opened: OpenedPage;
  let example: Locator;
  beforeAll(async () => {
    opened = await openPage(browser, DATASTORE);
    example = opened.page.locator('run-example').first();
  });
  afterEach(async () => {
    // Each test starts from the original example, even after a failure.
    await example.getByRole('button', { name: 'Reset' }).click({ timeout: 5000 });
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('runs the edited code on Ctrl+Enter, and Reset restores the original', async () => {
    const { page } = opened;
    const expected = await example.locator('.run-example__result').textContent();
    await editCode(
      page,
      example,
      "import { Key } from '@project-hub/datastore';\nconsole.log(new Key('edited'), 6 * 7);",
    );
    const output = await runAndRead(example, () => page.keyboard.press('ControlOrMeta+Enter'));
    expect(output).toBe("Key('/edited') 42");
    expect(await example.locator('.run-example__label').textContent()).toBe(
      'Output · from your run',
    );
    await example.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => example.locator('.run-example__result').textContent()).toBe(expected);
    expect(await example.locator('.run-example__label').textContent()).toBe('Output');
    expect(await example.locator('.cm-editor').count()).toBe(0);
    expect(await example.locator('.run-example__code pre').isVisible()).toBe(true);
  });

  it('opens the editor in place: nothing below the code moves', async () => {
    const output = example.locator('.run-example__output');
    const before = await output.boundingBox();
    await example.getByRole('button', { name: 'Edit' }).click();
    await example.locator('.cm-editor').waitFor();
    const after = await output.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? NaN))).toBeLessThan(1);
  });

  it('has an accessible name and lets Escape then Tab leave it', async () => {
    const { page } = opened;
    await example.getByRole('button', { name: 'Edit' }).click();
    const editor = example.getByRole('textbox');
    expect(await editor.getAttribute('aria-label')).toMatch(/Example code/);
    await editor.click();
    await page.keyboard.press('Tab'); // Tab indents inside the editor...
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'cm-content',
    );
    await page.keyboard.press('Escape'); // ...until Escape: then Tab moves on.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).not.toContain(
      'cm-content',
    );
  });

  it('stops an endless loop within 3 s and the page stays responsive', async () => {
    const { page } = opened;
    await editCode(page, example, "console.log('looping');\nwhile (true) {}");
    const started = Date.now();
    await example.getByRole('button', { name: 'Run' }).click();
    // The main thread answers while the worker spins.
    const answered = await page.evaluate(
      () => new Promise<number>((resolve) => setTimeout(() => resolve(1 + 1), 100)),
    );
    expect(answered).toBe(2);
    await expect
      .poll(() => example.locator('.run-example__result').getAttribute('data-state'), {
        timeout: 3000,
      })
      .toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await example.locator('.run-example__result').textContent()).toMatch(
      /^looping\nStopped after 2 s/,
    );
  });

  it('shows a syntax error with its line', async () => {
    await editCode(opened.page, example, 'const a = 1;\nconst b = ;');
    expect(await runAndRead(example)).toMatch(/^SyntaxError: .+ \(line 2\)$/);
  });

  it('shows a thrown error with its line and marks that line', async () => {
    await editCode(opened.page, example, "console.log('before');\n\nthrow new RangeError('boom');");
    expect(await runAndRead(example)).toBe('before\nUncaught RangeError: boom (line 3)');
    expect(await example.locator('.cm-line.run-example__error-line').textContent()).toBe(
      "throw new RangeError('boom');",
    );
  });

  it('reports an import of an unknown module at its line', async () => {
    await editCode(
      opened.page,
      example,
      "// unknown module\nimport fs from 'fs';\nfs.readFileSync('/');",
    );
    expect(await runAndRead(example)).toMatch(/cannot import 'fs'.*\(line 2\)$/);
  });
});

describe.each(['light', 'dark'] as const)('an example being edited and run (%s)', (colorScheme) => {
  it('has no axe violation', async () => {
    const opened = await openPage(browser, DATASTORE, { colorScheme });
    try {
      const example = opened.page.locator('run-example').first();
      await editCode(opened.page, example, "console.log('ok');\nconsole.warn('careful');\nnull.x;");
      expect(await runAndRead(example)).toMatch(/^ok\ncareful\nUncaught TypeError/);
      const results = await new AxeBuilder({ page: opened.page })
        .include('run-example')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('hydration', () => {
  it("names each example's buttons after the heading above it", async () => {
    const opened = await openPage(browser, DATASTORE);
    try {
      const group = opened.page.getByRole('group', { name: 'Example: Hello Sharding' });
      await group.getByRole('button', { name: 'Run' }).waitFor();
      expect(await group.getByRole('button').allTextContents()).toEqual(['Run', 'Edit', 'Reset']);
    } finally {
      await opened.close();
    }
  });

  it('adds the buttons without moving the page', async () => {
    const positions = async (javaScriptEnabled: boolean) => {
      const opened = await openPage(browser, DATASTORE, { javaScriptEnabled });
      try {
        if (javaScriptEnabled)
          await opened.page.getByRole('button', { name: 'Run' }).first().waitFor();
        return await opened.page.$$eval('run-example .run-example__result', (elements) =>
          elements.map((element) => Math.round(element.getBoundingClientRect().top)),
        );
      } finally {
        await opened.close();
      }
    };
    expect(await positions(true)).toEqual(await positions(false));
  });
});

describe('loading', () => {
  it('says so when the editor cannot load, and lets the reader try again', async () => {
    const opened = await openPage(browser, DATASTORE);
    try {
      await opened.page.route(/\/editor\.[^/]*\.js$/, (route) => route.abort());
      const example = opened.page.locator('run-example').first();
      await example.getByRole('button', { name: 'Edit' }).click();
      await expect
        .poll(() => example.locator('.run-example__result').textContent())
        .toMatch(/^The editor could not load/);
      expect(await example.getByRole('button', { name: 'Edit' }).isEnabled()).toBe(true);
      expect(await example.locator('.run-example__code pre').isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('says so when a library the example imports cannot load, without a hang', async () => {
    const opened = await openPage(browser, siteUrl('datastore/backends/'));
    try {
      // The git backend is a chunk of its own, fetched only by an example that imports it.
      await opened.page.route(/\/git-[\w-]+\.js$/, (route) => route.abort());
      const example = opened.page.locator('run-example[data-code*="@project-hub/datastore/git"]');
      expect(await example.count()).toBe(1);
      expect(await runAndRead(example)).toMatch(
        /^Uncaught Error: \[playground\] the example could not be prepared: .*git-[\w-]+\.js/,
      );
    } finally {
      await opened.close();
    }
  });

  it('loads the worker and the editor only when asked, and reports the time to first output', async () => {
    const opened = await openPage(browser, DATASTORE);
    const { page } = opened;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await page.waitForLoadState('networkidle');
      const eager = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      expect(eager.some((name) => /runner\.worker|editor/.test(name))).toBe(false);
      const times = await measureRunTimes(page);
      expect(requested.some((path) => /runner\.worker/.test(path))).toBe(true);
      expect(requested.some((path) => /compiler\.worker/.test(path))).toBe(true);
      expect(requested.some((path) => /editor/.test(path))).toBe(false);
      // None of these examples imports the git backend: its chunks (isomorphic-git, the Buffer
      // polyfill) are never fetched.
      expect(requested.filter((path) => /\/(git|buffer)-[\w-]+\.js$/.test(path))).toEqual([]);
      console.info(`[playground] ${describeRunTimes(times)}`);
      expect(times.cold).toBeLessThan(3000);
      await page.locator('run-example').first().getByRole('button', { name: 'Edit' }).click();
      await page.locator('.cm-editor').waitFor();
      expect(requested.some((path) => /editor/.test(path))).toBe(true);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
