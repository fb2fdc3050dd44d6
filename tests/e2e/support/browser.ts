// Headless Debian Chromium through playwright-core; never a downloaded browser.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly Chromium; `--no-sandbox` because tests run as root. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium from CHROMIUM_PATH. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 30_000,
  });
}

/** The type service's files (src/playground/types/), which load in the background after Edit. */
const TYPE_SERVICE_FILE = /\/_astro\/(types\.worker-|type-extensions\.)[\w-]+\.js$/;

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Opens `url` in a fresh context and records every console error, page error and failed request. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    // The editor's type service (a 1.2 MB worker) may still be downloading when a test reloads
    // or leaves the page; the browser then cancels it, which is no fault of the page.
    if (error === 'net::ERR_ABORTED' && TYPE_SERVICE_FILE.test(req.url())) return;
    problems.push(`requestfailed: ${req.url()} ${error}`);
  });
  page.on(
    'response',
    (res) => res.status() >= 400 && problems.push(`http ${res.status()}: ${res.url()}`),
  );
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}
