// DirectoryDatastore: the conformance suite plus directory records.

import { expect, it } from 'vitest';
import { DictDatastore, DirectoryDatastore, InvalidRecordError } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'DirectoryDatastore',
  create: () => new DirectoryDatastore(new DictDatastore()),
  extra: () => {
    it('keeps a directory as a list of key strings without duplicates, in insertion order', async () => {
      const ds = new DirectoryDatastore(new DictDatastore());
      await ds.directory('/dir');
      expect(await ds.get('/dir')).toEqual([]);
      for (const k of ['/b', '/a', 'b/']) await ds.directoryAdd('/dir', k);
      expect(await ds.get('/dir')).toEqual(['/b', '/a']);
      expect((await ds.directoryRead('/dir')).map(String)).toEqual(['/b', '/a']);
      await ds.directoryRemove('/dir', '/b');
      expect(await ds.get('/dir')).toEqual(['/a']);
    });
    it('keeps every entry when adds run concurrently', async () => {
      const ds = new DirectoryDatastore(new DictDatastore());
      await Promise.all(['/a', '/b', '/c'].map((k) => ds.directoryAdd('/dir', k)));
      expect(await ds.get('/dir')).toEqual(['/a', '/b', '/c']);
    });
    it('creates a directory on first add and leaves an existing one alone', async () => {
      const ds = new DirectoryDatastore(new DictDatastore());
      await ds.directoryAdd('/dir', '/a');
      await ds.directory('/dir');
      expect(await ds.get('/dir')).toEqual(['/a']);
    });
    it('reads or removes from a missing directory harmlessly', async () => {
      const ds = new DirectoryDatastore(new DictDatastore());
      expect(await ds.directoryRead('/none')).toEqual([]);
      await ds.directoryRemove('/none', '/a');
      expect(await ds.contains('/none')).toBe(false);
    });
    it('refuses to turn a value that is not a list into a directory', async () => {
      const ds = new DirectoryDatastore(new DictDatastore());
      await ds.put('/dir', { precious: true });
      await expect(ds.directory('/dir')).rejects.toBeInstanceOf(InvalidRecordError);
      await expect(ds.directoryAdd('/dir', '/a')).rejects.toThrow(
        '[datastore] [directory] the value at /dir is not a directory (a list of key strings)',
      );
      expect(await ds.get('/dir')).toEqual({ precious: true });
    });
  },
});
