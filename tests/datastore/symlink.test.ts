// SymlinkDatastore: the conformance suite plus links, chains, dangling links and cycles.

import { describe, expect, it } from 'vitest';
import { CircularLinkError, DictDatastore, Query, SymlinkDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

const linked = async () => {
  const child = new DictDatastore();
  const ds = new SymlinkDatastore(child);
  await ds.put('/c/a', { v: 1 });
  return { child, ds };
};

testStore({
  name: 'SymlinkDatastore',
  create: () => new SymlinkDatastore(new DictDatastore()),
  extra: () => {
    describe('links', () => {
      it('reads and writes through a chain of links', async () => {
        const { ds } = await linked();
        await ds.link('/c/b', '/c/a');
        await ds.link('/c/c', '/c/b');
        expect(await ds.get('/c/c')).toEqual({ v: 1 });
        await ds.put('/c/c', { v: 2 });
        expect(await ds.get('/c/a')).toEqual({ v: 2 });
        expect(String(await ds.readLink('/c/c'))).toBe('/c/b');
      });
      it('deletes the link itself, not its target', async () => {
        const { ds } = await linked();
        await ds.link('/c/b', '/c/a');
        await ds.delete('/c/b');
        expect([await ds.get('/c/b'), await ds.get('/c/a')]).toEqual([undefined, { v: 1 }]);
      });
      it('reads a dangling link as missing and skips it in queries', async () => {
        const { ds } = await linked();
        await ds.link('/c/b', '/gone');
        expect(await ds.get('/c/b')).toBeUndefined();
        expect(await ds.contains('/c/b')).toBe(false);
        expect(await (await ds.query(new Query('/c'))).toArray()).toEqual([{ v: 1 }]);
      });
      it('follows links in queries, keeping the link key and filtering the target value', async () => {
        const { ds } = await linked();
        await ds.put('/x/far', { v: 9 });
        await ds.link('/c/b', '/x/far');
        const cursor = await ds.query(new Query('/c').filter('v', '>', 5));
        expect(await cursor.toArray()).toEqual([{ v: 9 }]);
        expect(String(cursor.lastKey)).toBe('/c/b');
      });
      it('Regression: refuses a link cycle before writing anything', async () => {
        const { ds, child } = await linked();
        await ds.link('/c/b', '/c/a');
        await ds.link('/c/c', '/c/b');
        await expect(ds.link('/c/a', '/c/c')).rejects.toBeInstanceOf(CircularLinkError);
        await expect(ds.link('/c/d', '/c/d')).rejects.toThrow(
          '[datastore] [symlink] linking /c/d to /c/d would make a cycle',
        );
        expect(await child.get('/c/a')).toEqual({ v: 1 });
        expect(await child.get('/c/d')).toBeUndefined();
      });
      it('refuses one of two concurrent links that together would make a cycle', async () => {
        const { ds } = await linked();
        const results = await Promise.allSettled([
          ds.link('/c/x', '/c/y'),
          ds.link('/c/y', '/c/x'),
        ]);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
        expect(await ds.get('/c/x')).toBeUndefined();
      });
      it('reports a loop written behind its back as CircularLinkError', async () => {
        const { ds, child } = await linked();
        await child.put('/l/1', { '@link': '/l/2' });
        await child.put('/l/2', { '@link': '/l/1' });
        const err = await ds.get('/l/1').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(CircularLinkError);
        expect((err as CircularLinkError).code).toBe('ERR_CIRCULAR_LINK');
      });
    });
  },
});
