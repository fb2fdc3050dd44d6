// LowercaseKeyDatastore: the conformance suite plus case-insensitive keys.

import { expect, it } from 'vitest';
import { DictDatastore, LowercaseKeyDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'LowercaseKeyDatastore',
  create: () => new LowercaseKeyDatastore(new DictDatastore()),
  skip: { lastKey: true },
  extra: () => {
    it('treats keys that differ only in case as the same key', async () => {
      const child = new DictDatastore();
      const ds = new LowercaseKeyDatastore(child);
      await ds.put('/Users/ALICE', 1);
      expect(await ds.get('/users/alice')).toBe(1);
      expect(await child.get('/users/alice')).toBe(1);
      expect(await (await ds.query(new Query('/USERS'))).toArray()).toEqual([1]);
    });
  },
});
