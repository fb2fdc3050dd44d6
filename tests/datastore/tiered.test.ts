// TieredDatastore: the conformance suite over [LRU, Dict] plus backfill and write-through.

import { expect, it } from 'vitest';
import { DictDatastore, LRUCache, Query, TieredDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

const tiers = () => [new LRUCache(1000), new DictDatastore()] as const;

testStore({
  name: 'TieredDatastore',
  create: () => new TieredDatastore([...tiers()]),
  model: true,
  extra: () => {
    it('writes and deletes through every tier', async () => {
      const [top, bottom] = tiers();
      const ds = new TieredDatastore([top, bottom]);
      await ds.put('/a', 1);
      expect([await top.get('/a'), await bottom.get('/a')]).toEqual([1, 1]);
      await ds.delete('/a');
      expect([top.size, bottom.size]).toEqual([0, 0]);
    });
    it('backfills the tiers above the one that had the value', async () => {
      const [a, b, c] = [new DictDatastore(), new DictDatastore(), new DictDatastore()];
      const ds = new TieredDatastore([a, b, c]);
      await c.put('/k', 'v');
      expect(await ds.get('/k')).toBe('v');
      expect([await a.get('/k'), await b.get('/k')]).toEqual(['v', 'v']);
    });
    it('answers contains from any tier without backfilling', async () => {
      const [top, bottom] = tiers();
      await bottom.put('/k', 1);
      expect(await new TieredDatastore([top, bottom]).contains('/k')).toBe(true);
      expect(top.size).toBe(0);
    });
    it('queries the last tier', async () => {
      const [top, bottom] = tiers();
      await top.put('/c/only-top', 1);
      await bottom.put('/c/only-bottom', 2);
      expect(
        await (await new TieredDatastore([top, bottom]).query(new Query('/c'))).toArray(),
      ).toEqual([2]);
    });
    it('refuses an empty or non-store list', () => {
      expect(() => new TieredDatastore([])).toThrow(
        '[datastore] TieredDatastore needs at least one store',
      );
      expect(() => new TieredDatastore([{} as DictDatastore])).toThrow(TypeError);
    });
  },
});
