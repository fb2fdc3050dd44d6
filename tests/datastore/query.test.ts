// Query: construction, selection, copying, serialisation and the naive pipeline.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictDatastore, Key, Query } from '@project-hub/datastore';
import { querySpec, toQuery } from './_model';
import { oracle } from './_oracle';

describe('Query', () => {
  it('defaults to the root collection, no limit and offset 0', () => {
    const q = new Query();
    expect([String(q.key), q.limit, q.offset, q.offsetKey]).toEqual(['/', undefined, 0, undefined]);
  });
  it('refuses a limit or offset that is not a whole number ≥ 0', () => {
    expect(() => new Query('/', { limit: -1 })).toThrow(
      '[datastore] Query limit must be a whole number ≥ 0, got -1',
    );
    expect(() => new Query('/', { offset: 1.5 })).toThrow(RangeError);
    expect(() => new Query('/', { limit: '3' as never })).toThrow(TypeError);
    expect(() => new Query('/', { getField: 'x' as never })).toThrow(TypeError);
  });
  it('selects the collection: keys whose path is the query key', () => {
    const q = new Query('/users');
    expect(
      ['/users/alice', '/users:bob', '/users/alice/photo', '/users/user:carol'].map((k) =>
        q.selects(k),
      ),
    ).toEqual([true, true, false, false]);
  });
  it('chains filters and orders', () => {
    const q = new Query('/users').filter('age', '>', 30).order('-age').order('name');
    expect([q.filters.length, q.orders.map(String)]).toEqual([1, ['-age', '+name']]);
  });
  it('serialises to JSON and back', () => {
    const q = new Query('/u', { limit: 0, offset: 2, offsetKey: '/u/a' })
      .filter('n', '<', 3)
      .order('-n');
    expect(q.toJSON()).toEqual({
      key: '/u',
      limit: 0,
      offset: 2,
      offsetKey: '/u/a',
      filter: [['n', '<', 3]],
      order: ['-n'],
    });
    expect(new Query('/u').toJSON()).toEqual({ key: '/u' });
    expect(Query.fromJSON(q.toJSON()).equals(q)).toBe(true);
    expect(new Query('/a').equals(new Query('/a').filter('x', '=', 1n))).toBe(false);
  });
  it('Regression: copy is deep, and keeps getField', () => {
    const getField = (v: unknown, f: string) => (v as Record<string, unknown>)[f.toUpperCase()];
    const q = new Query('/u', { getField }).filter('a', '=', 1).order('a');
    const c = q.copy();
    c.filter('b', '=', 2).order('-b');
    c.limit = 3;
    expect([q.filters.length, q.orders.length, q.limit, c.getField]).toEqual([
      1,
      1,
      undefined,
      getField,
    ]);
    expect(c.equals(q)).toBe(false);
  });
  it('runs filter, then order, then offset, then limit over plain values', async () => {
    const values = [5, 1, 4, 2, 3, 0].map((n) => ({ n }));
    const q = new Query('/', { offset: 1, limit: 2 }).filter('n', '>', 0).order('-n');
    expect(await q.apply(values).toArray()).toEqual([{ n: 4 }, { n: 3 }]);
  });
  it('orders more values than a function call can take as arguments', async () => {
    const values = Array.from({ length: 200_000 }, (_, i) => ({ n: -i }));
    const [first] = await new Query('/', { limit: 1 }).order('n').apply(values).toArray();
    expect(first).toEqual({ n: -199_999 });
  });
  it('is not affected by changes to the query after it started', async () => {
    const q = new Query('/').filter('n', '>', 0);
    const cursor = q.apply([{ n: 1 }, { n: 2 }]);
    q.filter('n', '>', 5).order('-n');
    expect(await cursor.toArray()).toEqual([{ n: 1 }, { n: 2 }]);
  });
  it('runs over async iterables too', async () => {
    async function* gen() {
      yield { n: 2 };
      yield { n: 1 };
    }
    expect(await new Query('/').order('n').apply(gen()).toArray()).toEqual([{ n: 1 }, { n: 2 }]);
  });
  it('reads fields with a custom getField', async () => {
    const q = new Query('/', { getField: (v, f) => (v as Map<string, unknown>).get(f) }).filter(
      'n',
      '=',
      1,
    );
    expect(await q.apply([new Map([['n', 1]]), new Map([['n', 2]])]).toArray()).toHaveLength(1);
  });
  it('Regression: offsetKey starts the results strictly after that key', async () => {
    const ds = new DictDatastore();
    for (const k of ['/c/a', '/c/b', '/c/c']) await ds.put(k, k);
    expect(
      await (await ds.query(new Query('/c', { offsetKey: new Key('/c/a') }))).toArray(),
    ).toEqual(['/c/b', '/c/c']);
  });
  it('agrees with the reference over random data and queries (property-based)', async () => {
    const row = fc.record({
      n: fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }),
      s: fc.constantFrom('a', 'b', 'B', null),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), querySpec, async (rows, spec) => {
        const entries = rows.map((v, i): [string, unknown] => [
          `${spec.key}/k${String(i).padStart(2, '0')}`,
          v,
        ]);
        const got = await toQuery(spec)
          .apply(entries.map(([, v]) => v))
          .toArray();
        expect(got).toEqual(oracle(entries, spec, false));
      }),
      { numRuns: 150 },
    );
  });
});
