// NestedPathDatastore: the conformance suite (no queries) plus the nested key layout.

import { expect, it } from 'vitest';
import { DictDatastore, NestedPathDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'NestedPathDatastore',
  create: () => new NestedPathDatastore(new DictDatastore()),
  skip: { query: true },
  extra: () => {
    it('stores /abcdefghijk at /ab/cd/ef/abcdefghijk', async () => {
      const child = new DictDatastore();
      await new NestedPathDatastore(child).put('/abcdefghijk', 1);
      expect(await child.get('/ab/cd/ef/abcdefghijk')).toBe(1);
    });
    it('builds the prefix from the name and appends the whole key', () => {
      const ds = new NestedPathDatastore(new DictDatastore());
      expect(String(ds.nestKey('/x/y:abcdefg'))).toBe('/ab/cd/ef/x/y:abcdefg');
    });
    it('repeats a short name to fill depth × length', () => {
      const ds = new NestedPathDatastore(new DictDatastore(), { depth: 2, length: 3 });
      expect(String(ds.nestKey('/ab'))).toBe('/aba/bab/ab');
    });
    it('uses a custom keyFn', () => {
      const ds = new NestedPathDatastore(new DictDatastore(), { depth: 1, keyFn: (k) => k.type });
      expect(String(ds.nestKey('/Actor:john'))).toBe('/Ac/Actor:john');
    });
    it('refuses an empty name and bad options', async () => {
      const ds = new NestedPathDatastore(new DictDatastore());
      await expect(ds.put('/a:', 1)).rejects.toThrow(
        '[datastore] [nested-path] key /a: has an empty name',
      );
      expect(() => new NestedPathDatastore(new DictDatastore(), { depth: 0 })).toThrow(RangeError);
      expect(
        () => new NestedPathDatastore(new DictDatastore(), { keyFn: 'name' as never }),
      ).toThrow(TypeError);
    });
  },
});
