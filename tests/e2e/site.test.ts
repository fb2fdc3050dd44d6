// The built site under /hub/: every page complete, every internal link and asset resolving.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, distDir, routeOf, siteUrl } from './support/site.ts';

const pages = builtHtmlFiles();
const htmlOf = (file: string) => readFileSync(join(distDir, file), 'utf8');
const projects = readdirSync('content', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('content', entry.name, 'index.md')))
  .map((entry) => entry.name);

/** Every href and src of a page, decoded as the browser would read them. */
function targetsOf(html: string): string[] {
  const targets = Array.from(html.matchAll(/\s(?:href|src)="([^"]*)"/g), (match) =>
    match[1]!.replace(/&amp;/g, '&'),
  );
  return targets.filter(
    (target) =>
      !/^(https?:|mailto:|data:|javascript:)/.test(target) || target.startsWith(siteUrl()),
  );
}

const idsCache = new Map<string, Set<string>>();
async function idsAt(url: string): Promise<Set<string>> {
  if (!idsCache.has(url)) {
    const html = await (await fetch(url)).text();
    idsCache.set(url, new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (match) => match[1]!)));
  }
  return idsCache.get(url)!;
}

describe('the build under /hub/', () => {
  it('has the home page, every project page and 404.html', () => {
    expect(projects.length).toBeGreaterThanOrEqual(3);
    for (const file of [
      'index.html',
      '404.html',
      ...projects.map((project) => `${project}/index.html`),
    ]) {
      expect(pages, file).toContain(file);
    }
  });

  it.each(pages)('%s has a title, a meta description and a language', (file) => {
    const html = htmlOf(file);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toMatch(/<html lang="en"/);
  });

  it('links every project from the home page', () => {
    const home = htmlOf('index.html');
    for (const project of projects) expect(home).toContain(`href="/hub/${project}/"`);
  });

  it.each(pages)('every internal link and asset of %s resolves', async (file) => {
    const pageUrl = new URL(file === '404.html' ? 'no/such/page/' : routeOf(file), siteUrl());
    const html = htmlOf(file);
    const ownIds = new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (match) => match[1]!));
    const broken: string[] = [];
    for (const target of new Set(targetsOf(html))) {
      if (target.startsWith('#')) {
        if (!ownIds.has(decodeURIComponent(target.slice(1))))
          broken.push(`${target} → no such id on the page`);
        continue;
      }
      const url = new URL(target, pageUrl);
      const fragment = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${target} → HTTP ${response.status}`);
      else if (fragment && !(await idsAt(url.href)).has(fragment))
        broken.push(`${target} → no id "${fragment}"`);
    }
    expect(broken).toEqual([]);
  });

  it('serves 404.html for a missing page, with links under the base path', async () => {
    const response = await fetch(siteUrl('no/such/page/'));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page not found');
    expect(html).toContain('href="/hub/"');
  });

  it('gives every page a canonical URL under the base path, except 404', () => {
    for (const file of pages.filter((page) => page !== '404.html')) {
      expect(htmlOf(file), file).toContain(
        `<link rel="canonical" href="https://example.github.io/hub/${routeOf(file)}"`,
      );
    }
  });

  it('lists every page in the sitemap and points robots.txt at it', () => {
    const sitemap = readdirSync(distDir).filter(
      (name) => name.startsWith('sitemap-') && name !== 'sitemap-index.xml',
    );
    const xml = sitemap.map((name) => readFileSync(join(distDir, name), 'utf8')).join('');
    for (const file of pages.filter((page) => page !== '404.html')) {
      expect(xml, file).toContain(`<loc>https://example.github.io/hub/${routeOf(file)}</loc>`);
    }
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://example.github.io/hub/sitemap-index.xml',
    );
  });
});
