import { describe, expect, it } from 'vitest';
import { previousAndNext, type NavEntry } from '../../src/site/nav.ts';

const entry = (id: string, data: Partial<NavEntry['data']>): NavEntry =>
  ({ id, data: { title: id, description: '', ...data } }) as NavEntry;

const ENTRIES: NavEntry[] = [
  entry('index', { kind: 'home' }),
  entry('architecture', { kind: 'page', order: 1, title: 'Architecture' }),
  entry('b', { kind: 'project', project: 'b', order: 2, title: 'Bee' }),
  entry('a', { kind: 'project', project: 'a', order: 1, title: 'Ay' }),
  entry('a/keys', { kind: 'page', project: 'a', order: 1, title: 'Keys' }),
];

describe('previousAndNext', () => {
  it('crosses from the last page of a project to the next project, named as in the sidebar', () => {
    expect(previousAndNext(ENTRIES, ENTRIES[4]!)).toEqual({
      previous: { id: 'a', title: 'Overview', group: 'Ay' },
      next: { id: 'b', title: 'Overview', group: 'Bee' },
    });
  });

  it('goes from the last project to the site pages, and stops at both ends', () => {
    expect(previousAndNext(ENTRIES, ENTRIES[2]!).next).toEqual({
      id: 'architecture',
      title: 'Architecture',
      group: 'Site',
    });
    expect(previousAndNext(ENTRIES, ENTRIES[3]!).previous).toBeUndefined();
    expect(previousAndNext(ENTRIES, ENTRIES[1]!).next).toBeUndefined();
  });
});
