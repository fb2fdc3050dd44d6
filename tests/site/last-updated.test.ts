import { describe, expect, it } from 'vitest';
import { formatDate, parseHistory } from '../../src/site/last-updated.ts';
import { DEFAULT_HUB_REPOSITORY } from '../../src/site/hub.ts';
import { editUrl, hubRepository } from '../../src/site/repository.ts';

describe('parseHistory', () => {
  it('keeps the newest date of each file', () => {
    const log =
      '\x002026-12-06T04:00:00+00:00\n\ncontent/a.md\ncontent/b.md\n' +
      '\x002026-11-01T10:00:00+00:00\n\ncontent/a.md\ncontent/c.md\n';
    expect(Object.fromEntries(parseHistory(log))).toEqual({
      'content/a.md': '2026-12-06T04:00:00+00:00',
      'content/b.md': '2026-12-06T04:00:00+00:00',
      'content/c.md': '2026-11-01T10:00:00+00:00',
    });
  });

  it('knows nothing without history', () => {
    expect(parseHistory('').size).toBe(0);
  });
});

describe('formatDate', () => {
  it('writes the UTC day in words', () => {
    expect(formatDate('2026-12-06T23:30:00-05:00')).toBe('7 December 2026');
  });
});

describe('hubRepository', () => {
  it('comes from HUB_REPOSITORY (src/site/hub.ts), with HUB_BRANCH or main', () => {
    expect(hubRepository({ HUB_REPOSITORY: 'https://example.com/o/hub/' })).toEqual({
      url: 'https://example.com/o/hub',
      branch: 'main',
    });
    expect(hubRepository({ HUB_REPOSITORY: 'https://x/o/hub', HUB_BRANCH: 'trunk' }).branch).toBe(
      'trunk',
    );
    expect(hubRepository({}).url).toBe(DEFAULT_HUB_REPOSITORY);
  });

  it('links a file to its editor', () => {
    expect(editUrl({ url: 'https://github.com/o/hub', branch: 'main' }, 'content/a b.md')).toBe(
      'https://github.com/o/hub/edit/main/content/a%20b.md',
    );
  });
});
