// Issue 16: two Chromium pages that share no BroadcastChannel (separate browser contexts) chat
// through a local relay; a third joiner gets the history after the relay restarts; a message
// typed while the relay is down goes out once it is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { DictDatastore } from '@project-hub/datastore';
import { createMessageId, createRelayToken } from '@project-hub/texchat';
import { startRelay, type RelayServer } from '@project-hub/texchat/server';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

const URL_ = siteUrl('texchat/');
const store = new DictDatastore();
let browser: Browser;
let relay: RelayServer;
const opened: OpenedPage[] = [];

const start = (port = 0) =>
  startRelay({ store, port, origins: [new URL(URL_).origin], log: () => {} });

beforeAll(async () => {
  browser = await launchBrowser();
  relay = await start();
});
afterAll(async () => {
  for (const o of opened) await o.close();
  await relay?.close();
  await browser?.close();
});

/** A reader in a fresh browser context who connects the chat to the relay. */
async function reader(): Promise<Page> {
  const o = await openPage(browser, URL_);
  opened.push(o);
  const { page } = o;
  await page.getByRole('button', { name: 'Start the live chat' }).click();
  await page.getByText('Connect to a relay').click();
  await page.getByLabel('Relay address').fill(relay.url);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  // Generous: the machines are shared, and a loaded one takes seconds to load socket.io-client.
  await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/: connected/);
  await expect.poll(() => page.locator('.tc-pane').count()).toBe(1);
  return page;
}

const status = (page: Page) => page.locator('.tc-relay-status').first().textContent();
/** The TeX source of each message shown, in order. */
const texts = async (page: Page) =>
  (await page.locator('.tc-message .tc-source').allTextContents()).map((t) =>
    t.replace(/^TeX source: /, ''),
  );
const names = (page: Page) => page.locator('.tc-message .tc-name').allTextContents();

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('.tc-pane textarea');
  await box.fill(text);
  await box.press('Enter');
}

describe('TeXchat through a relay', () => {
  it('two pages in separate contexts chat; a third joiner after a restart gets the history', async () => {
    const a = await reader();
    const b = await reader();
    await expect.poll(() => b.locator('.tc-member').count(), { timeout: 15_000 }).toBe(2);
    await send(a, 'Hello from A: $a^2+b^2=c^2$');
    await expect.poll(() => texts(b), { timeout: 10_000 }).toEqual(['Hello from A: $a^2+b^2=c^2$']);
    const nameOfA = (await a.locator('.tc-pane-title').textContent())!;
    expect(await names(b)).toEqual([nameOfA]);
    expect(await b.locator('.tc-message .tc-math svg').count()).toBe(1);

    // The relay goes down: both pages say so, and what B types waits for it.
    await relay.close();
    await expect.poll(() => status(b), { timeout: 15_000 }).toMatch(/reconnecting/);
    await send(b, 'typed while the relay was down');
    relay = await start(relay.port);
    await expect.poll(() => status(b), { timeout: 20_000 }).toMatch(/: connected/);
    await expect
      .poll(() => texts(a), { timeout: 20_000 })
      .toEqual(['Hello from A: $a^2+b^2=c^2$', 'typed while the relay was down']);

    const c = await reader();
    await expect
      .poll(() => texts(c), { timeout: 10_000 })
      .toEqual(['Hello from A: $a^2+b^2=c^2$', 'typed while the relay was down']);
    // Presence survived the restart: A and B are still listed, with C.
    await expect.poll(() => c.locator('.tc-member').count(), { timeout: 15_000 }).toBe(3);
    // Nothing twice anywhere.
    expect(await texts(a)).toHaveLength(2);
    expect(await texts(b)).toHaveLength(2);
  });

  it('remembers the relay; without one the page loads no socket.io code', async () => {
    const o = await openPage(browser, URL_);
    opened.push(o);
    const { page } = o;
    // Scripts are recognised by content: socket.io-client carries its default path '/socket.io'.
    const bodies: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
    });
    const loadsSocketIo = async () =>
      (await Promise.all(bodies)).some((body) => /[`'"]\/socket\.io[`'"]/.test(body));
    await page.getByRole('button', { name: 'Start the live chat' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.tc-pane .tc-message').length >= 6);
    expect(await status(page)).toBe('No relay: the chat stays in this browser.');
    expect(await loadsSocketIo()).toBe(false);
    await page.getByText('Connect to a relay').click();
    await page.getByLabel('Relay address').fill(relay.url);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/: connected/);
    expect(await loadsSocketIo()).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start the live chat' }).click();
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/: connected/);
    await page.getByRole('button', { name: 'Chat without a relay' }).click();
    await expect.poll(() => page.locator('.tc-pane').count()).toBe(2);
    expect(await status(page)).toBe('No relay: the chat stays in this browser.');
  });

  it('shows what a hostile program sends as text, under the name the relay knows it by', async () => {
    const page = await reader();
    await page.evaluate(() => (location.hash = '#/room/hostile'));
    await expect.poll(() => page.locator('.tc-room-name').textContent()).toBe('hostile');
    const id = 'badbadbadbadbad0';
    const mallory = io(relay.url, { auth: { id, token: createRelayToken() }, forceNew: true });
    try {
      await new Promise((resolve) => mallory.once('connect', () => resolve(undefined)));
      mallory.emit('packet', { type: 'hello', room: 'hostile', from: { id, name: 'Mallory' } });
      await expect.poll(() => page.locator('.tc-member').count(), { timeout: 15_000 }).toBe(2);
      const payloads = [
        `<img src=x onerror="window.__pwned = 'img'">`,
        `$\\href{javascript:window.__pwned='href'}{click me}$`,
        `<script>window.__pwned = 'script'</script>`,
      ];
      for (const [seq, text] of payloads.entries()) {
        const date = Date.now();
        const message = { id: createMessageId(date, seq, '0badc0de'), room: 'hostile', text, date };
        // A forged name: the page must show the relay's record instead.
        mallory.emit('packet', { type: 'message', message: { ...message, name: 'Ada' } });
      }
      await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(payloads);
      expect(new Set(await names(page))).toEqual(new Set(['Mallory']));
      const report = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        markup: document.querySelectorAll('.tc-log :is(script, img, iframe)').length,
        years: [...document.querySelectorAll('.tc-log time')].map((t) =>
          new Date(t.getAttribute('datetime') ?? '').getFullYear(),
        ),
      }));
      expect(report.pwned).toBeUndefined();
      expect(report.markup).toBe(0);
      expect(report.years.every((year) => year >= 2024)).toBe(true);
    } finally {
      mallory.disconnect();
    }
  });
});
