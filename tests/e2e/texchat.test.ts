// Issue 7: the live TeXchat on its doc page: two panes, a second tab over BroadcastChannel, the
// composer keys, hostile input that must stay text, and what the chat costs to load and typeset.
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';
import { BUDGETS } from '../../scripts/_budget.ts';

const URL_ = siteUrl('texchat/');
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

/** Opens the page, starts the chat with its button and waits for Ada's and Emmy's opening lines. */
async function startChat(url = URL_, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  opened = await openPage(browser, url, { colorScheme });
  const { page } = opened;
  await page.getByRole('button', { name: 'Start the live chat' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.tc-pane .tc-message').length >= 6);
  return page;
}

const pane = (page: Page, who: string) => page.getByRole('region', { name: who, exact: true });
const messages = (page: Page, who: string) => pane(page, who).locator('.tc-message');

async function send(page: Page, who: string, text: string): Promise<void> {
  const box = page.getByLabel(`Message as ${who}`);
  await box.fill(text);
  await box.press('Enter');
}

/** Waits until `who` shows `count` messages and returns the last one. */
async function nth(page: Page, who: string, count: number) {
  await expect.poll(() => messages(page, who).count(), { timeout: 10_000 }).toBe(count);
  return messages(page, who).nth(count - 1);
}

describe('TeXchat on its page', () => {
  it('shows Ada and Emmy exchanging a message whose math is typeset', async () => {
    const page = await startChat();
    expect(await messages(page, 'Ada').count()).toBe(3);
    await send(page, 'Emmy', 'Hi @Ada, $\\frac{a}{b}$ and $$\\sum_{k=1}^n k$$');
    const received = await nth(page, 'Ada', 4);
    expect(await received.locator('.tc-name').textContent()).toBe('Emmy');
    expect(await received.locator('.tc-math svg').count()).toBe(2);
    expect(await received.locator('.tc-display svg').count()).toBe(1);
    expect(await received.locator('.tc-mention-me').textContent()).toBe('@Ada');
    expect(await received.getAttribute('class')).toContain('tc-mentions-me');
    // Emmy sees her own message once (echoed locally, not twice).
    expect(await (await nth(page, 'Emmy', 4)).locator('.tc-name').textContent()).toBe('Emmy');
    // Members: sorted, own entry marked; clicking one inserts @name.
    expect(await pane(page, 'Ada').locator('.tc-member').allTextContents()).toEqual([
      'Ada (you)',
      'Emmy',
    ]);
    await pane(page, 'Ada').getByRole('button', { name: 'Mention Emmy' }).click();
    expect(await page.getByLabel('Message as Ada').inputValue()).toBe('@Emmy ');
    expect(opened?.problems).toEqual([]);
  });

  it('lets a second tab join over BroadcastChannel, with the history and the next message', async () => {
    const page = await startChat();
    await send(page, 'Ada', 'Before the third participant: $a^2+b^2=c^2$');
    await nth(page, 'Emmy', 4);
    const href = await page
      .getByRole('link', { name: 'Open this room in a new tab' })
      .getAttribute('href');
    expect(href).toMatch(/#\/room\/[0-9a-f]{40}$/);
    const third = await page.context().newPage();
    const problems: string[] = [];
    third.on('pageerror', (error) => problems.push(error.message));
    await third.goto(new URL(href ?? '', page.url()).href);
    await third.waitForFunction(() => document.querySelectorAll('.tc-message').length >= 4);
    const texts = await third.locator('.tc-message .tc-body').allTextContents();
    expect(texts[0]).toContain('Hello @Emmy!');
    expect(texts[3]).toContain('Before the third participant');
    expect(await third.locator('.tc-message').nth(3).locator('svg').count()).toBe(1);
    await send(page, 'Emmy', 'Welcome!');
    await third.waitForFunction(() => document.querySelectorAll('.tc-message').length === 5);
    expect(await third.locator('.tc-message .tc-body').last().textContent()).toBe('Welcome!');
    const name = (await third.locator('.tc-pane-title').textContent()) ?? '';
    await third.getByLabel(`Message as ${name}`).fill('Hello from tab two');
    await third.getByLabel(`Message as ${name}`).press('Enter');
    expect(await (await nth(page, 'Ada', 6)).locator('.tc-body').textContent()).toBe(
      'Hello from tab two',
    );
    await expect.poll(() => pane(page, 'Ada').locator('.tc-member').count()).toBe(3);
    expect(await pane(page, 'Ada').locator('.tc-notice').allTextContents()).toContain(
      `${name} joined`,
    );
    expect(problems).toEqual([]);
  });

  it('previews the draft with its math, and walks the sent messages with Up and Down', async () => {
    const page = await startChat();
    const box = page.getByLabel('Message as Ada');
    await box.fill('$\\sqrt{2}$');
    await pane(page, 'Ada').locator('.tc-preview svg').waitFor();
    await box.press('Enter');
    await box.fill('second');
    await box.press('Enter');
    await box.type('my draft');
    await box.press('Shift+Enter');
    await box.type('line two');
    expect(await box.inputValue()).toBe('my draft\nline two');
    await box.press('Control+Home');
    await box.press('ArrowUp');
    expect(await box.inputValue()).toBe('second');
    await box.press('ArrowUp');
    expect(await box.inputValue()).toBe('$\\sqrt{2}$');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    expect(await box.inputValue()).toBe('my draft\nline two');
    // The arrow keys move through the log; the focused message shows its TeX source.
    await pane(page, 'Ada').getByRole('list', { name: 'Messages' }).focus();
    await page.keyboard.press('ArrowDown');
    const first = messages(page, 'Ada').first();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await first.locator('.tc-source').isVisible()).toBe(true);
    expect(await first.locator('.tc-source').textContent()).toContain('$e^{i\\pi} + 1 = 0$');
    await page.keyboard.press('End');
    expect(await messages(page, 'Ada').last().locator('.tc-source').textContent()).toContain(
      'second',
    );
    expect(await first.locator('.tc-source').isVisible()).toBe(false);
    expect(opened?.problems).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('TeXchat in the %s colour scheme', (scheme) => {
  it('has no axe violation while the chat runs, with a preview, an error and a source shown', async () => {
    const page = await startChat(URL_, scheme);
    await send(page, 'Emmy', 'See https://example.org, @Ada: $\\frac{1}{2$ and `code`');
    await nth(page, 'Ada', 4);
    await page.getByLabel('Message as Ada').fill('Draft with $x^2$');
    await pane(page, 'Ada').locator('.tc-preview svg').waitFor();
    await messages(page, 'Ada').last().focus();
    const results = await new AxeBuilder({ page })
      .include('texchat-demo')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
    expect(opened?.problems).toEqual([]);
  });
});

describe('TeXchat with hostile input', () => {
  const PAYLOADS = [
    `<script>window.__pwned = 'script'</script>`,
    `<img src=x onerror="window.__pwned = 'img'"> <svg onload="window.__pwned = 'svg'"></svg>`,
    `javascript:window.__pwned='link' and <a href="javascript:window.__pwned='a'">a</a>`,
    `$\\href{javascript:window.__pwned='href'}{click me}$`,
    `$\\href{java\nscript:window.__pwned='href2'}{click me too}$ $\\href{//evil.example/x}{rel}$`,
    `$\\unicode{x1F600}$ and $\\unicode[Arial]{65}$`,
    `$\\newcommand{\\leak}{\\text{LEAKED}}\\leak$`,
    `$\\renewcommand{\\frac}[2]{\\text{HIJACKED}}\\frac12$`,
    `$\\style{position:fixed;inset:0;background:red}{x}$ $\\class{tc-own}{y}$ $\\cssId{main}{z}$`,
    `unbalanced $\\frac{1}{2$ then $x^2$ and {{{ }`,
    `$\\rule{1000em}{1000em}$ $\\Huge\\Huge x$`,
    `\\(\\href{https://example.org/ok}{fine}\\)`,
    `$\\def\\x{\\x\\x}\\x$ and $${'{'.repeat(1900)}x${'}'.repeat(1900)}$`,
  ];

  it('keeps every payload as text, runs no script, and keeps the chat and its history', async () => {
    const page = await startChat();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    let count = 3;
    for (const payload of PAYLOADS) {
      await send(page, 'Ada', payload);
      await nth(page, 'Emmy', ++count);
    }
    await send(page, 'Ada', '$\\leak$ and $\\frac{1}{2}$');
    const after = await nth(page, 'Emmy', ++count);
    // Macros did not leak: \leak is undefined again, \frac is a fraction again.
    expect(await after.locator('.tc-tex-error').count()).toBe(1);
    expect(await after.locator('mjx-assistive-mml mfrac').count()).toBe(1);
    expect(await after.textContent()).not.toContain('HIJACKED');

    // MathJax draws "click me" as glyphs; click the formula itself.
    await messages(page, 'Emmy')
      .nth(3 + 3)
      .locator('.tc-math')
      .click();
    const unbalanced = messages(page, 'Emmy').nth(3 + 9);
    expect(await unbalanced.locator('.tc-tex-error').count()).toBe(1);
    expect(await unbalanced.locator('svg').count()).toBe(1);
    expect(
      await messages(page, 'Emmy')
        .nth(3 + 10)
        .locator('.tc-tex-error')
        .count(),
    ).toBe(1);
    expect(
      await messages(page, 'Emmy')
        .nth(3 + 5)
        .locator('.tc-tex-error')
        .count(),
    ).toBe(2);

    const report = await page.evaluate(() => {
      const logs = [...document.querySelectorAll('.tc-log')];
      const all = logs.flatMap((l) => [...l.querySelectorAll('*')]);
      return {
        pwned: (window as { __pwned?: unknown }).__pwned,
        markup: all.filter((e) =>
          ['script', 'img', 'iframe', 'object', 'embed', 'foreignObject'].includes(e.localName),
        ).length,
        handlers: all.flatMap((e) =>
          [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        hrefs: all.flatMap((e) =>
          [...e.attributes].filter((a) => a.name.endsWith('href')).map((a) => a.value),
        ),
        styled: all.filter((e) => (e.getAttribute('style') ?? '').includes('fixed')).length,
        ids: all.filter((e) => e.id === 'main').length,
        ownInsideMath: logs.flatMap((l) => [...l.querySelectorAll('.tc-math .tc-own')]).length,
      };
    });
    expect(report).toEqual({
      pwned: undefined,
      markup: 0,
      handlers: [],
      // Only the https \href survives: its SVG link and its MathML copy, in each pane.
      hrefs: Array(4).fill('https://example.org/ok'),
      styled: 0,
      ids: 0,
      ownInsideMath: 0,
    });
    expect(dialogs).toEqual([]);

    // The chat still works and nothing in the history was lost.
    await send(page, 'Emmy', 'still working');
    expect(await (await nth(page, 'Ada', count + 1)).locator('.tc-body').textContent()).toBe(
      'still working',
    );
    expect(await messages(page, 'Emmy').first().textContent()).toContain('Hello @Emmy!');
    expect(await messages(page, 'Ada').count()).toBe(count + 1);
    expect(opened?.problems).toEqual([]);
  });

  it('cuts a 100 KB message with a notice, escapes hostile names and rooms, and keeps working', async () => {
    const page = await startChat();
    await send(page, 'Ada', '$x$ '.repeat(25_600));
    const big = await nth(page, 'Emmy', 4);
    expect((await big.locator('.tc-source').textContent())?.length).toBe(
      'TeX source: '.length + 4000,
    );
    expect(await pane(page, 'Ada').getByRole('status').first().textContent()).toBe(
      'Your message had 102,400 characters; only the first 4,000 were sent.',
    );
    await pane(page, 'Ada')
      .getByLabel('Nickname')
      .fill(`<img src=x onerror="window.__pwned='name'">`);
    await pane(page, 'Ada').getByRole('button', { name: 'Rename' }).click();
    // Escaped, then cut to 32 characters.
    const renamed = 'img-src-x-onerror-window-pwned-n';
    await expect
      .poll(() => pane(page, 'Emmy').locator('.tc-notice').last().textContent())
      .toBe(`Ada is now known as ${renamed}`);
    await send(page, renamed, 'after the rename');
    expect(await (await nth(page, 'Emmy', 5)).locator('.tc-name').textContent()).toBe(renamed);

    // A hash change moves this page to the room it names, as one participant.
    await page.goto(`${URL_}#/room/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(1);
    expect(await page.locator('.tc-room-name').textContent()).toBe('img-src-x-onerror-alert-1');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.getByRole('link', { name: 'Back to Ada and Emmy' }).click();
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(2);
    expect(opened?.problems).toEqual([]);
  });
});

describe('TeXchat costs', () => {
  it('loads a tiny script until the chat starts, then MathJax, and typesets a message in milliseconds', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 200 } });
    const page = await context.newPage();
    const scripts: { url: string; gzip: number; phase: string }[] = [];
    let phase = 'before';
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      const at = phase;
      pending.push(
        response.body().then((body) => {
          scripts.push({
            url: response.url(),
            gzip: gzipSync(body, { level: 9 }).length,
            phase: at,
          });
        }),
      );
    });
    await page.goto(URL_);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.tc-pane').count()).toBe(0);
    phase = 'after';
    // Reading the page loads nothing more; the reader's first interaction in view starts the chat.
    await page.locator('texchat-demo').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(await page.locator('.tc-pane').count()).toBe(0);
    await page.mouse.click(5, 5);
    await page.waitForFunction(() => document.querySelectorAll('.tc-pane .tc-message').length >= 6);
    await Promise.all(pending);
    const before = scripts.filter((s) => s.phase === 'before').reduce((n, s) => n + s.gzip, 0);
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    for (let i = 0; i < 10; i++) {
      await page
        .getByLabel('Message as Ada')
        .fill(`Round ${i}: $\\int_0^{${i}} x^2\\,dx = \\frac{${i}^3}{3}$ and $e^{i\\pi}$`);
      await page.getByLabel('Message as Ada').press('Enter');
    }
    await page.waitForFunction(
      () => document.querySelectorAll('.tc-pane .tc-message').length >= 26,
    );
    const times = await page.evaluate(() =>
      performance.getEntriesByName('texchat-typeset').map((e) => e.duration),
    );
    const warm = times.slice(6).sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)] ?? NaN;
    console.log(
      `[texchat] JS gzip before start ${before} B, after start ${total} B; typeset one message: first ${times[0]?.toFixed(1)} ms, median ${median.toFixed(1)} ms over ${warm.length}`,
    );
    // Before the chat starts the page runs only what every page with examples may (the budget).
    expect(before).toBeLessThan(BUDGETS.jsInteractive);
    expect(total - before).toBeGreaterThan(100_000); // MathJax arrived only now
    expect(median).toBeLessThan(100);
    await context.close();
  });
});

describe('TeXchat in the hands of a demanding reader', () => {
  it('keeps the conversation when a section link changes the hash, and reports a room name with no letter or digit', async () => {
    const page = await startChat();
    await send(page, 'Ada', 'keep me');
    await nth(page, 'Emmy', 4);
    const room = await page.locator('.tc-room-name').getAttribute('title');
    // A link in the text (the tables of contents hold one too, folded away at this width).
    await page.locator('.prose a[href="#how-to-use-it"]').first().click();
    await page.evaluate(() => (location.hash = '#main'));
    await page.waitForTimeout(300);
    expect(await page.locator('.tc-room-name').getAttribute('title')).toBe(room);
    expect(await messages(page, 'Emmy').last().locator('.tc-body').textContent()).toBe('keep me');
    await page.evaluate(() => (location.hash = '#/room/%F0%9F%98%80'));
    await expect.poll(() => page.locator('.tc-refused').textContent()).toContain('"😀"');
    expect(await page.locator('.tc-room-name').getAttribute('title')).toBe(room);
    expect(await messages(page, 'Emmy').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'Back to Ada and Emmy' }).count()).toBe(0);
    expect(opened?.problems).toEqual([]);
  });

  it('finds each conversation again with Back and Forward between Ada and Emmy and a room', async () => {
    const page = await startChat();
    await send(page, 'Ada', 'before leaving');
    await nth(page, 'Emmy', 4);
    const room = await page.locator('.tc-room-name').getAttribute('title');
    await page.evaluate(() => (location.hash = '#/room/lobby'));
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(1);
    const name = (await page.locator('.tc-pane-title').textContent()) ?? '';
    await send(page, name, 'in the lobby');
    await expect.poll(() => page.locator('.tc-message').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(2);
    expect(await page.locator('.tc-room-name').getAttribute('title')).toBe(room);
    await expect.poll(() => messages(page, 'Emmy').count()).toBe(4);
    expect(await messages(page, 'Emmy').last().locator('.tc-body').textContent()).toBe(
      'before leaving',
    );
    await page.goForward();
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(1);
    expect(await page.locator('.tc-pane-title').textContent()).toBe(name);
    await expect
      .poll(() => page.locator('.tc-message .tc-body').allTextContents())
      .toEqual(['in the lobby']);
    expect(opened?.problems).toEqual([]);
  });

  it('names the reason of a formula that fails, typesets the others, and keeps only safe links', async () => {
    const page = await startChat();
    await send(
      page,
      'Ada',
      '$\\frac{1}{2$ and $x^2$ and $\\href{ http://ok.example }{ok}$ but not ' +
        '$\\href{JaVaScRiPt:alert(1)}{a}$ $\\href{data:text/html,x}{b}$ $\\href{//evil.example}{c}$',
    );
    const received = await nth(page, 'Emmy', 4);
    const error = received.locator('.tc-tex-error');
    expect(await error.count()).toBe(1);
    expect(await error.getAttribute('title')).toBe('TeX error: Missing close brace');
    expect(await error.locator('.tc-visually-hidden').textContent()).toBe(
      ' (TeX error: Missing close brace)',
    );
    expect(await received.locator('.tc-math svg').count()).toBe(5);
    const hrefs = await received.evaluate((li) =>
      [...li.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => a.name.endsWith('href')).map((a) => a.value),
      ),
    );
    expect(hrefs).toEqual(['http://ok.example', 'http://ok.example']);
    expect(opened?.problems).toEqual([]);
  });

  it('fetches nothing a message names, not even the cursor image a \\style asks for on hover', async () => {
    const page = await startChat();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await send(
      page,
      'Ada',
      '$\\style{cursor:url(https://evil.example/x.png),auto}{x}$ ' +
        '$\\style{cursor:-webkit-image-set(url(https://evil.example/y.png) 1x),auto}{y}$ $\\style{color:red}{z}$',
    );
    const received = await nth(page, 'Emmy', 4);
    await received.locator('.tc-math').first().hover();
    await page.waitForTimeout(200);
    const styles = await received.evaluate((li) =>
      [...li.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? ''),
    );
    expect(styles.filter((style) => /url|image/i.test(style))).toEqual([]);
    expect(styles.filter((style) => style.includes('color: red'))).toHaveLength(2);
    expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
    expect(opened?.problems).toEqual([]);
  });

  it('reads every new message out once, even the same words sent twice, and one from another tab', async () => {
    const page = await startChat();
    await page.evaluate(() => {
      const region = document.querySelector('texchat-demo [aria-live]');
      const heard: string[] = [];
      (window as { __heard?: string[] }).__heard = heard;
      new MutationObserver(() => heard.push(region?.textContent ?? '')).observe(region!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await send(page, 'Ada', 'ok');
    await nth(page, 'Emmy', 4);
    await send(page, 'Ada', 'ok');
    await nth(page, 'Emmy', 5);
    const href = await page
      .getByRole('link', { name: 'Open this room in a new tab' })
      .getAttribute('href');
    const third = await page.context().newPage();
    await third.goto(new URL(href ?? '', page.url()).href);
    await third.waitForFunction(() => document.querySelectorAll('.tc-message').length >= 5);
    const name = (await third.locator('.tc-pane-title').textContent()) ?? '';
    await third.getByLabel(`Message as ${name}`).fill('from afar');
    await third.getByLabel(`Message as ${name}`).press('Enter');
    await nth(page, 'Ada', 6);
    await nth(page, 'Emmy', 6);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __heard?: string[] }).__heard)).toEqual([
      'Ada: ok',
      'Ada: ok',
      `${name}: from afar`,
    ]);
    expect(opened?.problems).toEqual([]);
  });

  it('inserts a mention after a space, lets Shift+Up select, and keeps an edited recalled message on Down', async () => {
    const page = await startChat();
    const box = page.getByLabel('Message as Ada');
    await box.fill('Hello');
    await pane(page, 'Ada').getByRole('button', { name: 'Mention Emmy' }).click();
    expect(await box.inputValue()).toBe('Hello @Emmy ');
    await box.press('Enter');
    expect(await (await nth(page, 'Emmy', 4)).locator('.tc-mention-me').textContent()).toBe(
      '@Emmy',
    );
    await box.fill('abc');
    await box.press('Shift+ArrowUp');
    expect(await box.inputValue()).toBe('abc');
    await box.press('ArrowUp');
    expect(await box.inputValue()).toBe('Hello @Emmy ');
    await box.press('End');
    await box.type('again');
    await box.press('ArrowDown');
    expect(await box.inputValue()).toBe('Hello @Emmy again');
    await box.press('ArrowUp');
    expect(await box.inputValue()).toBe('Hello @Emmy ');
    await box.press('ArrowDown');
    expect(await box.inputValue()).toBe('Hello @Emmy again');
    expect(opened?.problems).toEqual([]);
  });

  it('keeps a 390 px page from scrolling sideways with long rooms, names, words and formulas', async () => {
    opened = await openPage(browser, `${URL_}#/room/${'W'.repeat(500)}`, {
      viewport: { width: 390, height: 800 },
    });
    const { page } = opened;
    await page.locator('.tc-pane').waitFor();
    expect(await page.locator('.tc-room-name').textContent()).toBe('W'.repeat(64));
    await page.getByLabel('Nickname').fill('M'.repeat(40));
    await page.getByRole('button', { name: 'Rename' }).click();
    const name = 'M'.repeat(32);
    await send(page, name, 'a'.repeat(300));
    await send(page, name, `wide $${'x'.repeat(100)}$ and $$${'y'.repeat(80)}$$`);
    await expect.poll(() => page.locator('.tc-message').count()).toBe(2);
    const log = page.getByRole('list', { name: 'Messages' });
    const sizes = await page.evaluate(() => {
      const list = document.querySelector('.tc-log') as HTMLElement;
      const svg = list.querySelector('.tc-math svg') as SVGElement;
      return {
        page: document.documentElement.scrollWidth,
        formula: svg.getBoundingClientRect().width,
        log: list.clientWidth,
      };
    });
    expect(sizes.page).toBeLessThanOrEqual(390);
    // The wide formula keeps its size (readable) and its message body scrolls sideways instead
    // (issue 11: a body clips what its formulas draw), with Left and Right on the message.
    expect(sizes.formula).toBeGreaterThan(sizes.log * 2);
    await log.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    const body = page.locator('.tc-message').last().locator('.tc-body');
    await expect.poll(() => body.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(opened.problems).toEqual([]);
  });

  it('opens a room typed into the address before the chat started, and shows it on a phone', async () => {
    opened = await openPage(browser, URL_, { viewport: { width: 390, height: 700 } });
    const { page } = opened;
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.tc-pane').count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/room/lobby'));
    await page.locator('.tc-pane').waitFor();
    expect(await page.locator('.tc-room-name').textContent()).toBe('lobby');
    // At the top of the screen, just below the sticky header and "On this page" bar (the page's
    // scroll padding).
    const padding = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
    );
    await expect
      .poll(() => page.locator('texchat-demo').evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(padding + 40);
    const top = await page.locator('texchat-demo').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-5);
    expect(opened.problems).toEqual([]);
  });

  it('puts the keyboard in the first message box when the start button is pressed with Enter', async () => {
    opened = await openPage(browser, URL_);
    const { page } = opened;
    await page.getByRole('button', { name: 'Start the live chat' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.tc-pane .tc-message').length >= 6);
    expect(
      await page.getByLabel('Message as Ada').evaluate((box) => box === document.activeElement),
    ).toBe(true);
    expect(opened.problems).toEqual([]);
  });

  it('leaves the focus alone when the start button is clicked, so a phone keyboard does not open', async () => {
    const page = await startChat();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('textarea');
    expect(opened?.problems).toEqual([]);
  });
});
