// DirectoryTreeDatastore: the conformance suite (insertion order) plus the parent records it keeps.

import { expect, it } from 'vitest';
import { DictDatastore, DirectoryTreeDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'DirectoryTreeDatastore',
  create: () => new DirectoryTreeDatastore(new DictDatastore()),
  insertionOrder: true,
  skip: { typedCollections: true },
  extra: () => {
    it('records each key in its parent directory and drops an empty record', async () => {
      const child = new DictDatastore();
      const ds = new DirectoryTreeDatastore(child);
      await ds.put('/users/bob', 1);
      await ds.put('/users/alice', 2);
      await ds.put('/users/bob', 3);
      await ds.put('/top', 4);
      expect(await child.get('/users:directory')).toEqual(['/users/bob', '/users/alice']);
      expect(await child.get('/:directory')).toEqual(['/top']);
      await ds.delete('/users/bob');
      await ds.delete('/users/alice');
      expect(await child.contains('/users:directory')).toBe(false);
    });
    it('loses no record entry when puts and deletes run concurrently', async () => {
      const child = new DictDatastore();
      const ds = new DirectoryTreeDatastore(child);
      await Promise.all(['/u/a', '/u/b', '/u/c', '/u/d'].map((k) => ds.put(k, k)));
      expect(await child.get('/u:directory')).toEqual(['/u/a', '/u/b', '/u/c', '/u/d']);
      await Promise.all(['/u/a', '/u/c'].map((k) => ds.delete(k)));
      expect(await child.get('/u:directory')).toEqual(['/u/b', '/u/d']);
    });
    it('refuses a put whose parent record is not a list, before writing the value', async () => {
      const child = new DictDatastore();
      await child.put('/u:directory', 'not a list');
      const ds = new DirectoryTreeDatastore(child);
      await expect(ds.put('/u/a', 1)).rejects.toThrow(
        '[datastore] [directory] the value at /u:directory is not a directory',
      );
      expect(await child.contains('/u/a')).toBe(false);
    });
    it('Regression: the root key / is listed at /:directory, so a query on / finds it as a DictDatastore does', async () => {
      const child = new DictDatastore();
      const ds = new DirectoryTreeDatastore(child);
      await ds.put('/a', 1);
      await ds.put('/', 0);
      expect(await child.get('/:directory')).toEqual(['/a', '/']);
      expect(await (await ds.query(new Query('/'))).toArray()).toEqual([1, 0]);
      await ds.delete('/');
      await ds.delete('/a');
      expect([await child.contains('/'), await child.contains('/:directory')]).toEqual([
        false,
        false,
      ]);
    });
    it('queries the directory in insertion order', async () => {
      const ds = new DirectoryTreeDatastore(new DictDatastore());
      for (const k of ['/u/c', '/u/a', '/u/b']) await ds.put(k, k);
      const cursor = await ds.query(new Query('/u', { offsetKey: '/u/c' }));
      expect(await cursor.toArray()).toEqual(['/u/a', '/u/b']);
    });
  },
});
