// SymlinkDatastore: the conformance suite plus links (ln -s order), chains, dangling links and cycles.

import { describe, expect, it } from 'vitest';
import {
  CircularLinkError,
  DatastoreError,
  DictDatastore,
  LinkOverValueError,
  Query,
  SymlinkDatastore,
} from '@project-hub/datastore';
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
        await ds.link('/c/a', '/c/b');
        await ds.link('/c/b', '/c/c');
        expect(await ds.get('/c/c')).toEqual({ v: 1 });
        await ds.put('/c/c', { v: 2 });
        expect(await ds.get('/c/a')).toEqual({ v: 2 });
        expect(String(await ds.readLink('/c/c'))).toBe('/c/b');
      });
      it('deletes the link itself, not its target', async () => {
        const { ds } = await linked();
        await ds.link('/c/a', '/c/b');
        await ds.delete('/c/b');
        expect([await ds.get('/c/b'), await ds.get('/c/a')]).toEqual([undefined, { v: 1 }]);
      });
      it('reads a dangling link as missing and skips it in queries', async () => {
        const { ds } = await linked();
        await ds.link('/gone', '/c/b');
        expect(await ds.get('/c/b')).toBeUndefined();
        expect(await ds.contains('/c/b')).toBe(false);
        expect(await (await ds.query(new Query('/c'))).toArray()).toEqual([{ v: 1 }]);
      });
      it('follows links in queries, keeping the link key and filtering the target value', async () => {
        const { ds } = await linked();
        await ds.put('/x/far', { v: 9 });
        await ds.link('/x/far', '/c/b');
        const cursor = await ds.query(new Query('/c').filter('v', '>', 5));
        expect(await cursor.toArray()).toEqual([{ v: 9 }]);
        expect(String(cursor.lastKey)).toBe('/c/b');
      });
      it('Regression: refuses a link cycle before writing anything', async () => {
        const { ds, child } = await linked();
        await ds.link('/c/a', '/c/b');
        await ds.link('/c/b', '/c/c');
        await expect(ds.link('/c/c', '/c/a')).rejects.toBeInstanceOf(CircularLinkError);
        await expect(ds.link('/c/d', '/c/d')).rejects.toThrow(
          '[datastore] [symlink] linking /c/d to /c/d would make a cycle',
        );
        expect(await child.get('/c/a')).toEqual({ v: 1 });
        expect(await child.get('/c/d')).toBeUndefined();
      });
      it('refuses one of two concurrent links that together would make a cycle', async () => {
        const { ds } = await linked();
        const results = await Promise.allSettled([
          ds.link('/c/y', '/c/x'),
          ds.link('/c/x', '/c/y'),
        ]);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
        expect(await ds.get('/c/x')).toBeUndefined();
      });
      it('Regression (issue 12): stores the link at target, pointing to source, as ln -s does', async () => {
        const { ds, child } = await linked();
        await ds.link('/c/a', '/c/b');
        expect(await ds.get('/c/b')).toEqual({ v: 1 });
        expect(await ds.get('/c/a')).toEqual({ v: 1 });
        expect(await child.get('/c/b')).toEqual({ '@link': '/c/a' });
        expect(String(await ds.readLink('/c/b'))).toBe('/c/a');
        expect(await ds.readLink('/c/a')).toBeUndefined();
      });
      it('Regression (issue 12): refuses a link over a stored value, leaving the value', async () => {
        const { ds, child } = await linked();
        await ds.put('/c/b', { v: 2 });
        const err = await ds.link('/c/b', '/c/a').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(LinkOverValueError);
        expect(err).toBeInstanceOf(DatastoreError);
        expect(err).toMatchObject({ name: 'LinkOverValueError', code: 'ERR_LINK_OVER_VALUE' });
        expect((err as Error).message).toMatchInlineSnapshot(
          `"[datastore] [symlink] /c/a holds a value, not a link: delete it before linking /c/a to /c/b"`,
        );
        expect(await child.get('/c/a')).toEqual({ v: 1 });
        // A link-shaped put goes through the same check.
        await expect(ds.put('/c/a', { '@link': '/c/b' })).rejects.toBeInstanceOf(
          LinkOverValueError,
        );
      });
      it('checks for a cycle before checking for a stored value', async () => {
        const { ds } = await linked();
        await expect(ds.link('/c/a', '/c/a')).rejects.toBeInstanceOf(CircularLinkError);
      });
      it('re-points an existing link', async () => {
        const { ds } = await linked();
        await ds.put('/c/z', { v: 26 });
        await ds.link('/c/a', '/c/b');
        await ds.link('/c/z', '/c/b');
        expect(await ds.get('/c/b')).toEqual({ v: 26 });
        expect(await ds.get('/c/a')).toEqual({ v: 1 });
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
