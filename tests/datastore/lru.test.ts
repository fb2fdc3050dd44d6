// LRUCache: the conformance suite (capacity above the key space) plus eviction order.

import { expect, it } from 'vitest';
import { LRUCache, Query } from '../../src/lib/datastore/index';
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
    it('refuses a capacity that is not a whole number ≥ 1', () => {
      expect(() => new LRUCache(0)).toThrow(RangeError);
      expect(() => new LRUCache(1.5)).toThrow(
        '[datastore] LRUCache capacity must be a whole number ≥ 1, got 1.5',
      );
      expect(() => new LRUCache('3' as unknown as number)).toThrow(TypeError);
    });
  },
});
