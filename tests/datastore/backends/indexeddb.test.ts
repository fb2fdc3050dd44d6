// IndexedDBDatastore: the conformance suite and model test on fake-indexeddb in Node (Chromium: tests/e2e).

// idb's wrappers check `instanceof IDBRequest` and friends, so the IDB classes must be globals.
import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { Query, SerializationError } from '@project-hub/datastore';
import { IndexedDBDatastore } from '@project-hub/datastore/indexeddb';
import { testStore } from '../conformance';

let n = 0;
const open = (name = `db-${n++}`) => new IndexedDBDatastore(name, { indexedDB, IDBKeyRange });

testStore({
  name: 'IndexedDBDatastore',
  create: () => open(),
  teardown: (store) => store.close(),
  model: true,
  extra: ({ create }) => {
    it('keeps values as structured clones: a Date stays a Date, a Map a Map', async () => {
      const store = await create();
      const when = new Date('2026-12-06T00:00:00Z');
      await store.put('/d', { when, tags: new Map([['a', 1]]) });
      const back = (await store.get('/d')) as { when: Date; tags: Map<string, number> };
      expect(back.when).toBeInstanceOf(Date);
      expect(back.when.getTime()).toBe(when.getTime());
      expect(back.tags.get('a')).toBe(1);
    });
    it('keeps data when the database is opened again', async () => {
      const first = open('reopen');
      await first.put('/a', 1);
      await first.close();
      await using second = open('reopen');
      expect(await second.get('/a')).toBe(1);
    });
    it('refuses a value that cannot be cloned with a SerializationError, writing nothing', async () => {
      const store = await create();
      await expect(store.put('/f', { f: () => 1 })).rejects.toBeInstanceOf(SerializationError);
      expect(await store.contains('/f')).toBe(false);
    });
    it('pages a large collection with offsetKey and limit in the key range', async () => {
      const store = await create();
      for (let i = 0; i < 600; i++) await store.put(`/p/k${String(i).padStart(3, '0')}`, i);
      expect(
        await (await store.query(new Query('/p', { offsetKey: '/p/k299', limit: 2 }))).toArray(),
      ).toEqual([300, 301]);
      expect(await (await store.query(new Query('/p'))).toArray()).toHaveLength(600);
    });
    it('asks for its environment instead of reading globals', () => {
      expect(() => new IndexedDBDatastore('x', {} as never)).toThrow(/indexedDB, IDBKeyRange/);
    });
  },
});
