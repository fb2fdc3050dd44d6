// DictDatastore / MemoryDatastore: the conformance suite plus what is special to the in-memory store.

import { expect, it } from 'vitest';
import { DictDatastore, MemoryDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'DictDatastore',
  create: () => new DictDatastore(),
  model: true,
  extra: ({ create }) => {
    it('keeps the value itself, not a copy', async () => {
      const store = await create();
      const value = { a: 1 };
      await store.put('/x', value);
      expect(await store.get('/x')).toBe(value);
    });
    it('is also exported as MemoryDatastore', () => {
      expect(new MemoryDatastore()).toBeInstanceOf(DictDatastore);
    });
    it('clears every key', async () => {
      const store = new DictDatastore();
      await store.put('/a', 1);
      store.clear();
      expect([store.size, await store.get('/a')]).toEqual([0, undefined]);
    });
  },
});
