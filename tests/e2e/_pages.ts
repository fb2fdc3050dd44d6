// The pages the quality tests visit: every built HTML file, its URL, and when it has settled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isInteractive } from '../../scripts/_budget.ts';
import { builtHtmlFiles, distDir, routeOf, siteUrl } from './support/site.ts';

/** Every HTML file of the build (`datastore/index.html`, `404.html`). */
export const pages = builtHtmlFiles();

/** Where to open a built file; the 404 page is what GitHub Pages serves at a missing address. */
export function urlOf(file: string): string {
  return siteUrl(file === '404.html' ? MISSING_ROUTE : routeOf(file));
}
export const MISSING_ROUTE = 'no/such/page/';

/** The built HTML of a page. */
export function htmlOf(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/**
 * Waits until a page with islands has loaded what they load by themselves (not what waits for the
 * reader); a page without islands has no script, so its `load` event was enough.
 */
export async function settle(page: Page, file: string): Promise<void> {
  if (!isInteractive(htmlOf(file))) return;
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}
