// CacheShimDatastore: the conformance suite plus cache-first reads and read-through.

import { expect, it } from 'vitest';
import { CacheShimDatastore, DictDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'CacheShimDatastore',
  create: () => new CacheShimDatastore(new DictDatastore(), { cache: new DictDatastore() }),
  extra: () => {
    it('reads the cache before the child', async () => {
      const [child, cache] = [new DictDatastore(), new DictDatastore()];
      await child.put('/a', 'child');
      await cache.put('/a', 'cache');
      expect(await new CacheShimDatastore(child, { cache }).get('/a')).toBe('cache');
    });
    it('fills the cache on a miss only with readThrough', async () => {
      const [child, cache] = [new DictDatastore(), new DictDatastore()];
      await child.put('/a', 1);
      await new CacheShimDatastore(child, { cache }).get('/a');
      expect(cache.size).toBe(0);
      await new CacheShimDatastore(child, { cache, readThrough: true }).get('/a');
      expect(await cache.get('/a')).toBe(1);
    });
    it('writes and deletes both stores, and queries the child', async () => {
      const [child, cache] = [new DictDatastore(), new DictDatastore()];
      const ds = new CacheShimDatastore(child, { cache });
      await ds.put('/c/a', 1);
      expect([child.size, cache.size]).toEqual([1, 1]);
      await cache.put('/c/stale', 2);
      expect(await (await ds.query(new Query('/c'))).toArray()).toEqual([1]);
      await ds.delete('/c/a');
      expect([child.size, cache.size]).toEqual([0, 1]);
    });
    it('refuses a missing cache', () => {
      expect(() => new CacheShimDatastore(new DictDatastore(), {} as never)).toThrow(TypeError);
    });
  },
});
