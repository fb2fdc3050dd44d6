import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listContentFiles, loadContentPages } from '../../src/site/content-files.ts';
import { checkLinks } from '../../src/site/check-links.ts';

let dir: string;
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'hub-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (title: string, body = '') =>
  `---\ntitle: ${title}\ndescription: About ${title}.\n---\n${body}`;
const project = (title: string, body = '') =>
  `---\ntitle: ${title}\ndescription: About ${title}.\ntagline: ${title} tagline\nrepository: https://example.org/${title}\norder: 1\n---\n${body}`;

describe('listContentFiles', () => {
  it('finds markdown files and skips those starting with _ or .', async () => {
    site({
      'index.md': '',
      'a/index.md': '',
      'a/_draft.md': '',
      '_partials/x.md': '',
      'a/notes.txt': '',
    });
    expect(await listContentFiles(dir)).toEqual(['a/index.md', 'index.md']);
  });
});

describe('loadContentPages', () => {
  it('classifies home, project index and further pages', async () => {
    site({
      'index.md': page('Home'),
      'alpha/index.md': project('alpha'),
      'alpha/api.md': page('API'),
      'about.md': page('About'),
    });
    const pages = await loadContentPages(dir, '/');
    expect(pages.map((p) => [p.contentPath, p.data.kind, p.data.project])).toEqual([
      ['about.md', 'page', undefined],
      ['alpha/api.md', 'page', 'alpha'],
      ['alpha/index.md', 'project', 'alpha'],
      ['index.md', 'home', undefined],
    ]);
  });

  it('requires the project fields on a project index page only', async () => {
    site({ 'alpha/index.md': page('alpha'), 'alpha/api.md': page('API') });
    await expect(loadContentPages(dir, '/')).rejects.toThrow(
      /alpha\/index\.md:1: invalid frontmatter: .*field `tagline` is required/,
    );
  });

  it('reports lines of the file, frontmatter included', async () => {
    site({ 'index.md': page('Home', '\nSome text.\n\nBad $\\frac{x$ here.\n') });
    await expect(loadContentPages(dir, '/')).rejects.toThrow(/index\.md:8: TeX error/);
  });
});

// Regression (issue 12): two pages with one `order` were silently sorted by title.
describe('duplicate order', () => {
  const ordered = (title: string, order: number) =>
    `---\ntitle: ${title}\ndescription: About ${title}.\norder: ${order}\n---\n`;

  it('fails on two pages of one project with the same order, naming both and a free order', async () => {
    site({
      'alpha/index.md': project('alpha'),
      'alpha/api.md': ordered('API', 2),
      'alpha/keys.md': ordered('Keys', 1),
      'alpha/zz.md': ordered('More', 2),
    });
    const error = await loadContentPages(dir, '/').catch((e: unknown) => e);
    expect(String(error).replaceAll(dir, '<dir>')).toMatch(
      /alpha\/zz\.md:4: order 2 is already used by .*alpha\/api\.md:4 among the pages of alpha\nHint: give each page a different `order`; the pages of alpha use 1, 2, so 3 is free$/,
    );
  });

  it('keeps the orders of pages and of projects apart', async () => {
    site({
      'alpha/index.md': project('alpha'),
      'alpha/api.md': ordered('API', 1),
      'beta/api.md': ordered('API', 1),
    });
    await expect(loadContentPages(dir, '/')).resolves.toHaveLength(3);
  });

  it('fails on two projects with the same order', async () => {
    site({ 'alpha/index.md': project('alpha'), 'beta/index.md': project('beta') });
    await expect(loadContentPages(dir, '/')).rejects.toThrow(
      /beta\/index\.md:6: order 1 is already used by .*alpha\/index\.md:6 among the projects/,
    );
  });
});

describe('checkLinks', () => {
  it('accepts links to existing pages, headings and public files', async () => {
    site({
      'index.md': page(
        'Home',
        '[a](./alpha/index.md) [api](./alpha/api.md#get) [icon](/favicon.svg) [top](#intro)\n\n## Intro\n',
      ),
      'alpha/index.md': project('alpha'),
      'alpha/api.md': page('API', '## get\n'),
      'public/favicon.svg': '<svg/>',
    });
    const pages = await loadContentPages(dir, '/hub/');
    expect(() =>
      checkLinks(
        pages.filter((p) => !p.contentPath.startsWith('public')),
        join(dir, 'public'),
      ),
    ).not.toThrow();
  });

  it('names the file, line and target of a link to a missing page', async () => {
    site({ 'index.md': page('Home', '\n[gone](./beta/index.md)\n') });
    const pages = await loadContentPages(dir, '/');
    expect(() => checkLinks(pages, join(dir, 'public'))).toThrow(
      /index\.md:6: broken link "\.\/beta\/index\.md": no page content\/beta\.md or content\/beta\/index\.md/,
    );
  });

  it('names a link to a missing heading and lists the headings of the target page', async () => {
    site({
      'index.md': page('Home', '[x](./alpha/api.md#nope)\n'),
      'alpha/index.md': project('alpha'),
      'alpha/api.md': page('API', '## get\n\n### put(key, value)\n'),
    });
    const pages = await loadContentPages(dir, '/');
    expect(() => checkLinks(pages, join(dir, 'public'))).toThrow(
      /index\.md:5: broken link .*no heading or id "#nope"/,
    );
    expect(() => checkLinks(pages, join(dir, 'public'))).toThrow(
      /Hint: .*; the page's headings are #get, #putkey-value$/,
    );
  });

  it('lists every broken link at once', async () => {
    site({ 'index.md': page('Home', '[a](/nowhere/) [b](/missing.png)\n') });
    const pages = await loadContentPages(dir, '/');
    expect(() => checkLinks(pages, join(dir, 'public'))).toThrow(
      /^2 broken links:\n.*index\.md:5: broken link "\/nowhere\/"[\s\S]*index\.md:5: broken link "\/missing\.png": no file public\/missing\.png/,
    );
  });
});
