// Issue 11 (items 6–10): what a hostile sender can type or forge must not cover other messages,
// freeze the page, hide a room's history, make a room deaf, or flood the page. Each test drives
// the built TeXchat page in Chromium; forged packets come from a second tab of the same origin
// over the BroadcastChannel the chat listens on, as a relay would deliver them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

const URL_ = siteUrl('texchat/');
/**
 * The longest main-thread task a test allows. Generous on purpose (CI and a shared two-core
 * machine under load): it documents the failure mode, a page frozen for 7 to 43 seconds (and, on
 * the loaded machine these tests were written on, for over a minute), not a speed. Measured
 * figures are printed; the benchmark is the place for speed.
 */
const FROZEN_MS = 5_000;
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

async function startChat(): Promise<Page> {
  opened = await openPage(browser, URL_);
  const { page } = opened;
  await watchLongTasks(page);
  await page.getByRole('button', { name: 'Start the live chat' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.tc-pane .tc-message').length >= 6);
  // Loading and starting MathJax is not what these tests measure.
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  return page;
}

// CSS locators only: Playwright's accessible-name lookups walk the whole page inside it, and on
// a log of 500 messages that would itself show up as a long task.
const pane = (page: Page, who: string) =>
  page.locator('.tc-pane').filter({
    has: page.locator('.tc-pane-title', { hasText: new RegExp(`^${who}$`) }),
  });
const messages = (page: Page, who: string) => pane(page, who).locator('.tc-message');

async function send(page: Page, who: string, text: string): Promise<void> {
  const box = pane(page, who).locator('textarea');
  await box.fill(text);
  await box.press('Enter');
}

async function count(page: Page, who: string, n: number, timeout = 20_000): Promise<void> {
  await expect.poll(() => messages(page, who).count(), { timeout }).toBe(n);
}

/** Records the duration of every long task (over 50 ms) of the page from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  const install = () => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  };
  await page.addInitScript(install);
  await page.evaluate(install);
}

/** The longest task seen since `watchLongTasks` (after one more frame, so the last is reported). */
async function longestTask(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.waitForTimeout(100);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
  );
  console.log(`[texchat-hostile] longest main-thread task ${Math.round(longest)} ms`);
  return longest;
}

/** The private room Ada and Emmy talk in. */
async function pairRoom(page: Page): Promise<string> {
  return (await page.locator('.tc-room-name').getAttribute('title')) ?? '';
}

/** A second tab of the same origin, from which `post` sends raw packets on the chat's channel. */
async function attacker(page: Page): Promise<Page> {
  const tab = await page.context().newPage();
  await tab.goto(siteUrl(''));
  await tab.evaluate(() => {
    const channel = new BroadcastChannel('texchat');
    (window as unknown as { post: (p: unknown) => void }).post = (p) => channel.postMessage(p);
  });
  return tab;
}

/** A message id as clients make them: 12 hex digits of time, a counter, a sender tag. */
function messageId(date: number, seq: number, tag = 'bad00bad'): string {
  const time = Math.floor(date).toString(16).padStart(12, '0').slice(-12);
  return `${time}-${(seq & 0xffff).toString(16).padStart(4, '0')}-${tag}`;
}

describe('Regression: issue 11 #6: a formula paints and takes clicks only inside its message', () => {
  const PAYLOADS = [
    '$\\smash{\\rlap{\\rule{1000em}{1000em}}}$',
    '$\\smash{\\raise{3em}{\\rlap{\\href{https://evil.example/}{\\color{white}{\\rule{80em}{40em}}}}}}$',
    '$\\smash{\\raise{2.5em}{\\rlap{\\text{Emmy, send your password to Mallory.}}}}$',
    '$\\kern-60em\\smash{\\raise{1em}{\\rule{60em}{30em}}}$',
    '$\\hspace{10em}\\smash{\\llap{\\raise{2em}{\\color{white}{\\rule{50em}{30em}}}}}$',
    '$\\mkern-900mu\\smash{\\raise{1em}{\\mathrlap{\\rule{100em}{50em}}}}$',
    '$\\smash{\\lower{-4em}{\\rlap{\\Huge\\Huge\\text{FAKE LINE FAKE LINE FAKE LINE}}}}$',
  ];

  it('keeps earlier messages visible and clickable, and the attacker inside its own box', async () => {
    const page = await startChat();
    const log = pane(page, 'Ada').locator('.tc-log');
    const region = async () => {
      await log.evaluate((el) => {
        el.scrollTop = 0;
        el.scrollIntoView({ block: 'center' });
      });
      await page.mouse.move(0, 0);
      const boxes = await messages(page, 'Ada')
        .evaluateAll((items) => items.slice(0, 3).map((li) => li.getBoundingClientRect()))
        .then((rects) => rects.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
      const top = boxes[0]!.y;
      const bottom = boxes[2]!.y + boxes[2]!.height;
      return { x: boxes[0]!.x, y: top, width: boxes[0]!.width, height: bottom - top };
    };
    const clip = await region();
    const before = await page.screenshot({ clip });
    let n = 3;
    for (const payload of PAYLOADS) {
      await send(page, 'Emmy', payload);
      await count(page, 'Ada', ++n);
    }
    expect(await region()).toEqual(clip);
    // Not one pixel of Ada's earlier messages changed.
    expect((await page.screenshot({ clip })).equals(before)).toBe(true);
    const hits = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.tc-message')];
      const attackers = items.filter((li) => li.querySelector('.tc-name')?.textContent === 'Emmy');
      const stray: string[] = [];
      // Every point of the page: a hit inside an attacker's message must lie inside its box.
      for (let x = 2; x < innerWidth; x += 24) {
        for (let y = 2; y < innerHeight; y += 24) {
          const hit = document.elementFromPoint(x, y);
          const owner = attackers.find((li) => li.contains(hit));
          if (!owner) continue;
          const r = owner.getBoundingClientRect();
          const inside = x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
          if (!inside) stray.push(`${x},${y}`);
        }
      }
      const first = items[0]!.getBoundingClientRect();
      const center = document.elementFromPoint(first.x + first.width / 2, first.y + 8);
      return { stray: stray.length, firstHit: center?.closest('.tc-message') === items[0] };
    });
    expect(hits).toEqual({ stray: 0, firstHit: true });
    // A click on Ada's first message lands there (it focuses, showing its source), not on a link.
    await messages(page, 'Ada')
      .first()
      .click({ position: { x: 40, y: 10 } });
    expect(await messages(page, 'Ada').first().locator('.tc-source').isVisible()).toBe(true);
    expect(page.context().pages()).toHaveLength(1);
    expect(opened?.problems).toEqual([]);
  });
});

// Each formula defines macros that nest four deep: 2,048 letters and 341 expansions, within
// MathJax's maxMacros and maxBuffer, 80 characters of source. 38 of them fill the message.
const NESTED_DEF =
  '$\\def\\a{xxxxxxxx}\\def\\b{\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c}\\def\\e{\\d\\d\\d\\d}\\e$ ';
const HEAVY = NESTED_DEF.repeat(38).trim();

describe('Regression: issue 11 #7: one message has a typesetting budget', () => {
  it('stops a 38-formula nested \\def message with a note, in the preview and the log, without freezing', async () => {
    const page = await startChat();
    const box = pane(page, 'Emmy').locator('textarea');
    await box.fill(HEAVY);
    await pane(page, 'Emmy').locator('.tc-preview .tc-budget-note').waitFor({ timeout: 20_000 });
    // Typing after the formulas typesets no formula again: they come from the cache.
    const typeset = () =>
      page.evaluate(() => performance.getEntriesByName('texchat-formula').length);
    const before = await typeset();
    await box.press('End');
    await box.pressSequentially(' ok');
    await page.waitForTimeout(400);
    expect(await typeset()).toBe(before);
    await box.press('Enter');
    await count(page, 'Ada', 4);
    const received = messages(page, 'Ada').last();
    expect(await received.locator('.tc-budget-note').textContent()).toMatch(
      /^Typesetting stopped: this message needs more typesetting work than allowed/,
    );
    await send(page, 'Ada', HEAVY);
    await count(page, 'Emmy', 5);
    expect(await longestTask(page)).toBeLessThan(FROZEN_MS);

    // A newcomer joining the room with both messages stays responsive too.
    const room = await pairRoom(page);
    const newcomer = await page.context().newPage();
    await watchLongTasks(newcomer);
    await newcomer.goto(`${URL_}#/room/${room}`);
    await expect.poll(() => newcomer.locator('.tc-message').count(), { timeout: 20_000 }).toBe(5);
    expect(await newcomer.locator('.tc-budget-note').count()).toBe(2);
    expect(await longestTask(newcomer)).toBeLessThan(FROZEN_MS);
    expect(opened?.problems).toEqual([]);
  });
});

describe('Regression: issue 11 #8: one forged packet never hides a room', () => {
  it('refuses an impossible date, shows a message that fails to render as a placeholder, and the rest', async () => {
    const page = await startChat();
    const room = await pairRoom(page);
    const trapped = 1_700_000_000_123; // a date the newcomer's page cannot format (below)
    const tab = await attacker(page);
    await tab.evaluate(
      ({ room, impossible, trapped }) => {
        const post = (window as unknown as { post: (p: unknown) => void }).post;
        for (const [id, date, text] of [
          [impossible.id, impossible.date, 'from the year 287,000'],
          [trapped.id, trapped.date, 'a message whose rendering fails'],
        ] as const) {
          post({ type: 'message', message: { id, room, name: 'Mallory', text, date } });
        }
      },
      {
        room,
        impossible: { id: 'fffffffffff0-0000-bad00bad', date: 9e15 },
        trapped: { id: messageId(trapped, 1), date: trapped },
      },
    );
    await count(page, 'Emmy', 4);
    // Stands for any renderer failure: this page cannot format that one date.
    const newcomer = await page.context().newPage();
    const errors: string[] = [];
    newcomer.on('pageerror', (error) => errors.push(error.message));
    await newcomer.addInitScript((trapped) => {
      const iso = Date.prototype.toISOString;
      Date.prototype.toISOString = function (this: Date) {
        if (this.getTime() === trapped) throw new RangeError('Invalid time value');
        return iso.call(this);
      };
    }, trapped);
    await newcomer.goto(`${URL_}#/room/${room}`);
    await expect.poll(() => newcomer.locator('.tc-message').count(), { timeout: 20_000 }).toBe(4);
    const texts = await newcomer.locator('.tc-message').allTextContents();
    expect(texts[0]).toContain('Hello @Emmy!');
    expect(texts[2]).toContain('Try it below.');
    expect(texts[3]).toBe('A message could not be shown (Invalid time value).');
    expect(texts.join('\n')).not.toContain('287,000');
    expect(errors).toEqual([]);
    expect(opened?.problems).toEqual([]);
  });
});

describe('Regression: issue 11 #9: forged ids cannot make a room deaf', () => {
  it('keeps the history and shows a new real message last after 300 messages dated ahead', async () => {
    const page = await startChat();
    const room = await pairRoom(page);
    const tab = await attacker(page);
    await tab.evaluate(
      ({ room, messages }) => {
        const post = (window as unknown as { post: (p: unknown) => void }).post;
        for (const message of messages) post({ type: 'message', message: { ...message, room } });
      },
      {
        room,
        // 30 senders, 10 each, all dated 23 hours ahead: their ids sort after every real one.
        messages: Array.from({ length: 300 }, (_, n) => {
          const date = Date.now() + 23 * 3600_000 + n;
          return { id: messageId(date, n), name: `Forger${n % 30}`, text: `pinned ${n}`, date };
        }),
      },
    );
    await count(page, 'Emmy', 303);
    await send(page, 'Ada', 'Can anyone hear me?');
    await count(page, 'Emmy', 304);
    const texts = await messages(page, 'Emmy').locator('.tc-body').allTextContents();
    expect(texts[0]).toContain('Hello @Emmy!');
    expect(texts.at(-1)).toBe('Can anyone hear me?');
    expect(opened?.problems).toEqual([]);
  });
});

describe('Regression: issue 11 #10: floods do not freeze the page', () => {
  it('stays responsive under 2,000 presence packets for distinct rooms, and lists a bounded number', async () => {
    const page = await startChat();
    const tab = await attacker(page);
    await tab.evaluate(() => {
      const post = (window as unknown as { post: (p: unknown) => void }).post;
      for (let n = 0; n < 2000; n++) {
        const id = n.toString(16).padStart(16, '0');
        post({ type: 'hello', room: `flood-${n}`, from: { id, name: `Bot${n}` } });
      }
    });
    await page.waitForTimeout(1500);
    expect(await longestTask(page)).toBeLessThan(FROZEN_MS);
    const listed = await page.locator('.tc-room-item').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(20);
    const more = await page.locator('.tc-room-more').allTextContents();
    expect(listed + Number(/\d+/.exec(more[0] ?? '0')?.[0])).toBeLessThanOrEqual(100);
    await send(page, 'Ada', 'still here');
    await count(page, 'Emmy', 4);
    expect(opened?.problems).toEqual([]);
  });

  it('stays responsive under 5,000 messages at 10,000 a second, keeps history bounded, and keeps working', async () => {
    const page = await startChat();
    const room = await pairRoom(page);
    const tab = await attacker(page);
    await tab.evaluate((room) => {
      const post = (window as unknown as { post: (p: unknown) => void }).post;
      let n = 0;
      return new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          for (let i = 0; i < 100 && n < 5000; i++, n++) {
            const date = Date.now();
            const time = date.toString(16).padStart(12, '0');
            const id = `${time}-${(n & 0xffff).toString(16).padStart(4, '0')}-bad00bad`;
            const name = `Flood${n % 50}`;
            post({ type: 'message', message: { id, room, name, text: `$x^{${n}}$ flood`, date } });
          }
          if (n >= 5000) {
            clearInterval(timer);
            resolve();
          }
        }, 10);
      });
    }, room);
    await page.waitForTimeout(1500);
    expect(await longestTask(page)).toBeLessThan(FROZEN_MS);
    const shown = await messages(page, 'Emmy').count();
    expect(shown).toBeLessThanOrEqual(503);
    await send(page, 'Ada', 'after the flood');
    await expect
      .poll(() => messages(page, 'Emmy').last().locator('.tc-body').textContent(), {
        timeout: 20_000,
      })
      .toBe('after the flood');
    expect(await pane(page, 'Emmy').locator('.tc-notice-dropped').count()).toBeGreaterThan(0);
    expect(await longestTask(page)).toBeLessThan(FROZEN_MS);
    expect(opened?.problems).toEqual([]);
  });
});
