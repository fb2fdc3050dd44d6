// LRUCache: the conformance suite (capacity above the key space) plus eviction order.

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { LRUCache, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'LRUCache',
  create: () => new LRUCache(1000),
  model: true,
  extra: () => {
    it('evicts the least recently used entry when full', async () => {
      const lru = new LRUCache(3);
      for (const k of ['/a', '/b', '/c']) await lru.put(k, k);
      await lru.get('/a'); // /b is now the least recent
      await lru.put('/d', 'd');
      expect(lru.keys()).toEqual(['/c', '/a', '/d']);
      expect(await lru.get('/b')).toBeUndefined();
      expect(lru.size).toBe(3);
    });
    it('counts a put of an existing key as use', async () => {
      const lru = new LRUCache(2);
      await lru.put('/a', 1);
      await lru.put('/b', 2);
      await lru.put('/a', 3);
      await lru.put('/c', 4);
      expect(lru.keys()).toEqual(['/a', '/c']);
    });
    it('does not count contains or queries as use', async () => {
      const lru = new LRUCache(2);
      await lru.put('/c/a', 1);
      await lru.put('/c/b', 2);
      await lru.contains('/c/a');
      await (await lru.query(new Query('/c'))).toArray();
      await lru.put('/c/c', 3);
      expect(lru.keys()).toEqual(['/c/b', '/c/c']);
    });
    it('clears every entry', async () => {
      const lru = new LRUCache(2);
      await lru.put('/a', 1);
      lru.clear();
      expect(lru.size).toBe(0);
    });
    it('evicts in the same order as a reference LRU over random operations (property-based)', async () => {
      const op = fc.tuple(
        fc.constantFrom('get', 'put', 'delete', 'contains'),
        fc.constantFrom('/a', '/b', '/c', '/d', '/e'),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 4 }),
          fc.array(op, { maxLength: 40 }),
          async (capacity, ops) => {
            const lru = new LRUCache<number>(capacity);
            let model: [string, number][] = []; // least recent first
            for (const [i, [name, key]] of ops.entries()) {
              const at = model.findIndex(([k]) => k === key);
              if (name === 'put') {
                await lru.put(key, i);
                const entry: [string, number] = [key, i];
                model = [...model.filter(([k]) => k !== key), entry].slice(-capacity);
              } else if (name === 'get') {
                expect(await lru.get(key)).toBe(at >= 0 ? model[at]![1] : undefined);
                if (at >= 0) model = [...model.filter(([k]) => k !== key), model[at]!];
              } else if (name === 'delete') {
                await lru.delete(key);
                model = model.filter(([k]) => k !== key);
              } else expect(await lru.contains(key)).toBe(at >= 0);
              expect(lru.keys()).toEqual(model.map(([k]) => k));
            }
          },
        ),
        { numRuns: 100 },
      );
    });
    it('refuses a capacity that is not a whole number ≥ 1', () => {
      expect(() => new LRUCache(0)).toThrow(RangeError);
      expect(() => new LRUCache(1.5)).toThrow(
        '[datastore] LRUCache capacity must be a whole number ≥ 1, got 1.5',
      );
      expect(() => new LRUCache('3' as unknown as number)).toThrow(TypeError);
    });
  },
});
