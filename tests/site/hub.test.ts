// The hub's own repository: one constant (or HUB_REPOSITORY), and the pages' "file issues" links.
import { describe, expect, it } from 'vitest';
import { loadContentPages } from '../../src/site/content-files.ts';
import { DEFAULT_HUB_REPOSITORY, hubRepository } from '../../src/site/hub.ts';

describe('hubRepository', () => {
  it('is HUB_REPOSITORY when the build is given one, and the default otherwise', () => {
    expect(hubRepository({ HUB_REPOSITORY: 'https://github.com/someone/hub' })).toBe(
      'https://github.com/someone/hub',
    );
    expect(hubRepository({})).toBe(DEFAULT_HUB_REPOSITORY);
  });
});

// Regression (issue 12): "file issues" on the ports' pages sent readers to jbenet's repositories.
describe('the project pages', () => {
  it("send issues about the ports to the hub's repository", async () => {
    const pages = await loadContentPages('content', '/');
    const issues = `href="${hubRepository()}/issues"`;
    for (const id of ['datastore/index.md', 'dronestore/index.md', 'texchat/index.md']) {
      const page = pages.find((p) => p.contentPath === id);
      expect(page?.rendered.html, id).toContain(issues);
    }
  }, 60_000);
});
