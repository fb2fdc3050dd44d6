// SqliteDatastore: the conformance suite and the model test on a real SQLite file in a temporary directory.

import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Query, SerializationError, StoreClosedError } from '@project-hub/datastore';
import { SqliteDatastore } from '@project-hub/datastore/sqlite';
import { testStore } from '../conformance';
import { temporaryDirectory } from './_temp';

const dir = temporaryDirectory('sqlite');
let n = 0;

testStore({
  name: 'SqliteDatastore',
  create: () => new SqliteDatastore(join(dir(), `db-${n++}.sqlite`)),
  teardown: (store) => store.close(),
  model: true,
  extra: ({ create }) => {
    it('keeps values in the file across reopening', async () => {
      const file = join(dir(), 'reopen.sqlite');
      const first = new SqliteDatastore(file);
      await first.put('/a/b', { v: 1 });
      await first.close();
      await using second = new SqliteDatastore(file);
      expect(await second.get('/a/b')).toEqual({ v: 1 });
    });
    it('refuses a value JSON cannot hold with a SerializationError naming the key, writing nothing', async () => {
      const store = await create();
      const err = await store.put('/big', 1n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SerializationError);
      expect((err as Error).message).toContain('/big');
      expect(await store.contains('/big')).toBe(false);
    });
    it('streams a large collection in key order across pages', async () => {
      const store = await create();
      for (let i = 599; i >= 0; i--) await store.put(`/big/k${String(i).padStart(4, '0')}`, i);
      const all = await (await store.query(new Query('/big'))).toArray();
      expect(all).toEqual(Array.from({ length: 600 }, (_, i) => i));
      const page = await (
        await store.query(new Query('/big', { offsetKey: '/big/k0499', limit: 2 }))
      ).toArray();
      expect(page).toEqual([500, 501]);
    });
    it('rejects calls after close with StoreClosedError', async () => {
      const store = await create();
      await store.close();
      await expect(store.get('/a')).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.query(new Query('/'))).rejects.toThrow(/closed/);
    });
    it('reports its capabilities', async () => {
      expect((await create()).capabilities).toMatchObject({ query: true, keyOrder: true });
    });
    it('refuses a table name that is not a plain SQL name', () => {
      expect(() => new SqliteDatastore(':memory:', { table: 'x; DROP' })).toThrow(TypeError);
    });
  },
});
