// NamespaceDatastore: the conformance suite plus keys living under the namespace in the child.

import { expect, it } from 'vitest';
import { DictDatastore, NamespaceDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'NamespaceDatastore',
  create: () => new NamespaceDatastore('/ns/deep', new DictDatastore()),
  model: true,
  extra: () => {
    it('stores keys under the namespace in the child', async () => {
      const child = new DictDatastore();
      const ds = new NamespaceDatastore('/users', child);
      await ds.put('/alice', 1);
      expect(await child.get('/users/alice')).toBe(1);
      expect(await ds.get('/users/alice')).toBeUndefined();
    });
    it('reports lastKey in its own key space', async () => {
      const ds = new NamespaceDatastore('/ns', new DictDatastore());
      await ds.put('/c/a', 1);
      const cursor = await ds.query(new Query('/c'));
      await cursor.toArray();
      expect(String(cursor.lastKey)).toBe('/c/a');
    });
    it('Regression: a query on / finds the value at the root key /, as a DictDatastore does', async () => {
      const ds = new NamespaceDatastore('/ns', new DictDatastore());
      for (const [k, n] of [
        ['/', 3],
        ['/b', 1],
        ['/a', 2],
        ['/a/deep', 9],
      ] as const)
        await ds.put(k, { n });
      const all = await ds.query(new Query('/'));
      expect(await all.toArray()).toEqual([{ n: 3 }, { n: 2 }, { n: 1 }]);
      expect(String(all.lastKey)).toBe('/b');
      const page = await ds.query(new Query('/', { offset: 1, limit: 1 }).order('-n'));
      expect([await page.toArray(), page.skipped, String(page.lastKey)]).toEqual([
        [{ n: 2 }],
        1,
        '/a',
      ]);
      const after = await ds.query(new Query('/', { offsetKey: '/' }));
      expect(await after.toArray()).toEqual([{ n: 2 }, { n: 1 }]);
    });
    it('does not see keys of a sibling namespace', async () => {
      const child = new DictDatastore();
      await new NamespaceDatastore('/a', child).put('/x', 1);
      const b = new NamespaceDatastore('/b', child);
      expect([await b.get('/x'), await (await b.query(new Query('/'))).toArray()]).toEqual([
        undefined,
        [],
      ]);
    });
  },
});
