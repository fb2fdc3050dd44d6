// The incremental build (issue 17): a build re-renders the pages that changed and nothing else,
// and still checks every page's links, so a change to one page that breaks a link on another
// (cached) page fails the build.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildContent,
  changedFiles,
  renderedCount,
  snapshotFiles,
  writeFiles,
} from './support/content-build.ts';

const work = mkdtempSync(join(tmpdir(), 'hub-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const build = {
  contentDir: join(work, 'content'),
  cacheDir: join(work, 'cache'),
  outDir: join(work, 'dist'),
};

const page = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: About ${title}.\n---\n\n${body}\n`;
writeFiles(build.contentDir, {
  'index.md': page('Home', 'The home page.'),
  'alpha/index.md': `---\ntitle: alpha\ndescription: The alpha project.\ntagline: a project\nrepository: https://example.org/alpha\norder: 1\n---\n\nAlpha.\n`,
  'alpha/one.md': page('One', 'See [the details](./two.md#details) and $x^2$.'),
  'alpha/two.md': page('Two', '## Details\n\nThe details, with $\\frac{1}{2}$.'),
  'alpha/three.md': page('Three', 'A page nothing links to.'),
});

// A build takes seconds alone and minutes on a busy shared machine.
const BUILD_TIMEOUT = 600_000;

describe('incremental build', () => {
  let cold: Map<string, Buffer>;

  it(
    'renders every page on a cold build',
    () => {
      const { ok, output } = buildContent(build);
      expect(ok, output).toBe(true);
      expect(renderedCount(output)).toBe(5);
      cold = snapshotFiles(build.outDir);
    },
    BUILD_TIMEOUT,
  );

  it(
    'renders nothing when nothing changed, and writes the same bytes',
    () => {
      const { ok, output } = buildContent(build);
      expect(ok, output).toBe(true);
      expect(renderedCount(output)).toBe(0);
      expect(changedFiles(cold, snapshotFiles(build.outDir))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'renders only the page that changed',
    () => {
      writeFiles(build.contentDir, {
        'alpha/three.md': page('Three', 'A page nothing links to, edited.'),
      });
      const { ok, output } = buildContent(build);
      expect(ok, output).toBe(true);
      expect(renderedCount(output)).toBe(1);
      // Besides the page, only the search index (rebuilt from every page's text) may change.
      const changed = changedFiles(cold, snapshotFiles(build.outDir));
      expect(changed.filter((file) => !file.startsWith('pagefind/'))).toEqual([
        'alpha/three/index.html',
      ]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails on a cached page whose link target changed on another page',
    () => {
      writeFiles(build.contentDir, {
        'alpha/two.md': page('Two', '## Summary\n\nNo details any more.'),
      });
      const { ok, output } = buildContent(build);
      expect(ok).toBe(false);
      expect(renderedCount(output)).toBe(1);
      expect(output).toMatch(
        /alpha\/one\.md:\d+: broken link "\.\/two\.md#details": no heading or id "#details"/,
      );
    },
    BUILD_TIMEOUT,
  );

  // A failed build saves no data store, so the pages changed since the last passing build
  // (two.md, then one.md) are rendered again, and nothing else.
  it(
    'passes again once the link is fixed, re-rendering the pages changed since the last passing build',
    () => {
      writeFiles(build.contentDir, {
        'alpha/one.md': page('One', 'See [the summary](./two.md#summary) and $x^2$.'),
      });
      const { ok, output } = buildContent(build);
      expect(ok, output).toBe(true);
      expect(renderedCount(output)).toBe(2);
    },
    BUILD_TIMEOUT,
  );

  it(
    "checks `order` across pages, cached ones included, with the cached page's line",
    () => {
      writeFiles(build.contentDir, {
        'alpha/three.md': `---\ntitle: Three\ndescription: About Three.\norder: 1\n---\n\nThird.\n`,
      });
      expect(buildContent(build).ok).toBe(true);
      writeFiles(build.contentDir, {
        'alpha/two.md': `---\ntitle: Two\ndescription: About Two.\norder: 1\n---\n\n## Summary\n`,
      });
      const { ok, output } = buildContent(build);
      expect(ok).toBe(false);
      expect(renderedCount(output)).toBe(1);
      expect(output).toMatch(
        /order 1 is already used by \S*alpha\/(three|two)\.md:4 among the pages of alpha/,
      );
    },
    BUILD_TIMEOUT,
  );
});
