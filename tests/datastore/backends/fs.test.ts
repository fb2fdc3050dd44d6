// FileSystemDatastore: the conformance suite and model test in a temporary directory, plus paths and faults.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BackendError, InvalidKeyError, Query } from '@project-hub/datastore';
import { FileSystemDatastore } from '@project-hub/datastore/fs';
import { testStore } from '../conformance';
import { temporaryDirectory } from './_temp';
import { readOnlyDirectory } from './_read-only';

const dir = temporaryDirectory('fs');
let n = 0;
const fresh = () => join(dir(), `root-${n++}`);

/** Every file under `root`, relative, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

testStore({
  name: 'FileSystemDatastore',
  create: () => new FileSystemDatastore(fresh()),
  teardown: (store) => store.close(),
  model: true,
  extra: () => {
    it('maps keys to files injectively and inside the root', async () => {
      const root = fresh();
      const store = new FileSystemDatastore(root);
      const keys = [
        '/a:b',
        '/a/b',
        '/../../etc/passwd',
        '/./x',
        '/a\\b',
        '/nul\u0000x',
        '/CON',
        '/Ab',
        '/ab',
        '/a.obj/b',
        '/a',
      ];
      for (const [i, k] of keys.entries()) await store.put(k, i);
      for (const [i, k] of keys.entries()) expect(await store.get(k)).toBe(i);
      expect(filesUnder(root)).toEqual([
        '%2E%2E/%2E%2E/etc/passwd.obj',
        '%2E/x.obj',
        '%43ON.obj',
        'Ab.obj',
        'a%2Eobj/b.obj',
        'a%3Ab.obj',
        'a%5Cb.obj',
        'a.obj',
        'a/b.obj',
        'ab.obj',
        'nul%00x.obj',
      ]);
    });
    it('refuses the root key and a segment too long for a file name, writing nothing', async () => {
      const root = fresh();
      const store = new FileSystemDatastore(root);
      await expect(store.put('/', 1)).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(store.put(`/a/${'é'.repeat(60)}`, 1)).rejects.toThrow(/too long/);
      expect(filesUnder(root)).toEqual([]);
    });
    it('prunes the directories a delete leaves empty, up to the root', async () => {
      const root = fresh();
      const store = new FileSystemDatastore(root);
      await store.put('/x/y/z', 1);
      await store.put('/x/w', 2);
      await store.delete('/x/y/z');
      expect(readdirSync(root, { recursive: true })).toEqual(['x', 'x/w.obj']);
    });
    it('skips sub-directories, temporary and foreign files in queries', async () => {
      const root = fresh();
      const store = new FileSystemDatastore(root);
      await store.put('/c/a', 1);
      await store.put('/c/b/deep', 2);
      writeFileSync(join(root, 'c', '.a.obj.123.tmp'), '{torn');
      writeFileSync(join(root, 'c', 'notes.txt'), 'x');
      expect(await (await store.query(new Query('/c'))).toArray()).toEqual([1]);
    });
    it('stores JSON text in the value file', async () => {
      const root = fresh();
      await new FileSystemDatastore(root).put('/a', { b: [1] });
      expect(readFileSync(join(root, 'a.obj'), 'utf8')).toBe('{"b":[1]}');
    });
    it('names the path when the root is read-only', async () => {
      await using readOnly = readOnlyDirectory(fresh());
      const err = await new FileSystemDatastore(readOnly.path)
        .put('/a/b', 1)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackendError);
      expect(err).toMatchObject({ code: 'ERR_BACKEND', backend: 'fs', key: '/a/b' });
      expect((err as Error).message).toContain(`${readOnly.path}/a`);
    });
    it('never gives a torn or lost value with two stores hammering one root', async () => {
      const root = fresh();
      const [one, two] = [new FileSystemDatastore(root), new FileSystemDatastore(root)];
      const big = (who: string, i: number) => ({ who, i, pad: who.repeat(20_000) });
      const writers = [one, two].map(async (store, w) => {
        for (let i = 0; i < 40; i++) {
          await store.put('/hot/k', big(`w${w}`, i));
          if (i % 3 === 1) await store.delete('/hot/k');
          await store.put(`/hot/own${w}`, i);
        }
      });
      const reader = (async () => {
        for (let i = 0; i < 120; i++) {
          const v = (await two.get('/hot/k')) as ReturnType<typeof big> | undefined;
          if (v !== undefined) expect(v.pad).toBe(v.who.repeat(20_000));
        }
      })();
      await Promise.all([...writers, reader]);
      expect([await one.get('/hot/own0'), await two.get('/hot/own1')]).toEqual([39, 39]);
      expect(await one.get('/hot/k')).toEqual(expect.objectContaining({ i: 39 }));
      expect(filesUnder(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  },
});
