// Cursor: once-only iteration, counters, lastKey, entries and toArray after a partial read.

import { describe, expect, it } from 'vitest';
import { Cursor, CursorConsumedError, Key } from '@project-hub/datastore';

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: new Key(`/c/${i}`), value: i }));

describe('Cursor', () => {
  it('applies offset and limit and counts skipped and returned', async () => {
    const cursor = new Cursor(entries(10), { offset: 3, limit: 4 });
    expect(await cursor.toArray()).toEqual([3, 4, 5, 6]);
    expect([cursor.skipped, cursor.returned, String(cursor.lastKey)]).toEqual([3, 4, '/c/6']);
  });
  it('keeps counters up to date during iteration', async () => {
    const cursor = new Cursor(entries(5), { offset: 1 });
    const seen: number[] = [];
    for await (const v of cursor) seen.push(cursor.returned * 10 + v);
    expect(seen).toEqual([11, 22, 33, 44]);
  });
  it('can be iterated only once', async () => {
    const cursor = new Cursor(entries(2));
    await cursor.toArray();
    expect(() => cursor[Symbol.asyncIterator]()).toThrow(CursorConsumedError);
    expect(() => cursor.entries()).toThrow(
      '[datastore] cursor already consumed: a cursor can be iterated once',
    );
  });
  it('collects the rest with toArray after a partial iteration', async () => {
    const cursor = new Cursor(entries(4));
    for await (const v of cursor) if (v === 1) break;
    expect(await cursor.toArray()).toEqual([2, 3]);
  });
  it('yields key and value pairs from entries()', async () => {
    const pairs: string[] = [];
    for await (const { key, value } of new Cursor(entries(2)).entries())
      pairs.push(`${key}=${value}`);
    expect(pairs).toEqual(['/c/0=0', '/c/1=1']);
  });
  it('collects the remaining entries with toEntries', async () => {
    const cursor = new Cursor(entries(3), { offset: 1 });
    expect((await cursor.toEntries()).map((e) => `${e.key}=${e.value}`)).toEqual([
      '/c/1=1',
      '/c/2=2',
    ]);
    expect(await cursor.toEntries()).toEqual([]);
  });
  it('does not read the source at all with limit 0', async () => {
    let pulled = 0;
    async function* source() {
      pulled++;
      yield { key: undefined, value: 1 };
    }
    expect(await new Cursor(source(), { limit: 0 }).toArray()).toEqual([]);
    expect(pulled).toBe(0);
  });
  it('maps another cursor and reports its skipped count', async () => {
    const inner = new Cursor(entries(5), { offset: 2 });
    const outer = Cursor.map(inner, ({ key, value }) => ({ key, value: value * 2 }));
    expect(await outer.toArray()).toEqual([4, 6, 8]);
    expect([outer.skipped, outer.returned]).toEqual([2, 3]);
  });
});
