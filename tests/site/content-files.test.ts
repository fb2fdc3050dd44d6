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
      /alpha\/index\.md: invalid frontmatter: .*field `tagline` is required/,
    );
  });

  it('reports lines of the file, frontmatter included', async () => {
    site({ 'index.md': page('Home', '\nSome text.\n\nBad $\\frac{x$ here.\n') });
    await expect(loadContentPages(dir, '/')).rejects.toThrow(/index\.md:8: TeX error/);
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

  it('names a link to a missing heading', async () => {
    site({
      'index.md': page('Home', '[x](./alpha/api.md#nope)\n'),
      'alpha/index.md': project('alpha'),
      'alpha/api.md': page('API', '## get\n'),
    });
    const pages = await loadContentPages(dir, '/');
    expect(() => checkLinks(pages, join(dir, 'public'))).toThrow(
      /index\.md:5: broken link .*no heading or id "#nope"/,
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
