// GitDatastore: the conformance suite and model test on a real repository in a temporary directory,
// the same over the in-memory file system, plus commits, history and reading the past.

import * as fs from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it, vi } from 'vitest';
import { GitDatastore, createMemoryFs } from '@project-hub/datastore/git';
import { testStore } from '../conformance';
import { temporaryDirectory } from './_temp';

// A commit per put: a filled collection is ~30 commits, slow on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

const dir = temporaryDirectory('git');
let n = 0;

testStore({
  name: 'GitDatastore over node:fs',
  create: () => new GitDatastore(join(dir(), `repo-${n++}`), { fs }),
  teardown: (store) => store.close(),
  // The model test runs over the in-memory file system below: same store, far fewer disk writes.
  extra: ({ create }) => {
    it('commits each put and each delete of an existing key, with its message', async () => {
      const store = await create();
      await store.put('/a', 1);
      await store.put('/b/c', 2);
      await store.delete('/a');
      await store.delete('/missing');
      const log = await git.log({ fs, dir: store.dir });
      expect(log.map((c) => c.commit.message.trim())).toEqual(['delete /a', 'put /b/c', 'put /a']);
      expect(log[0]!.commit.author.name).toBe('datastore');
    });
    it('lists a key’s history newest first and reads a value at a commit', async () => {
      const store = await create();
      await store.put('/k', 'one');
      await store.put('/other', 0);
      await store.put('/k', 'two');
      await store.delete('/k');
      await store.put('/k', 'three');
      const history = await store.history('/k');
      expect(history.map((h) => [h.message, h.value])).toEqual([
        ['put /k', 'three'],
        ['delete /k', undefined],
        ['put /k', 'two'],
        ['put /k', 'one'],
      ]);
      expect(history[0]!.time).toBeInstanceOf(Date);
      expect(await store.get('/k', { at: history[2]!.commit })).toBe('two');
      expect(await store.get('/k', { at: history[1]!.commit })).toBeUndefined();
    });
    it('has an empty history for a key never written', async () => {
      expect(await (await create()).history('/never')).toEqual([]);
    });
    it('is a repository the git tools can read', async () => {
      const store = await create();
      await store.put('/x/y', { z: 1 });
      const files = await git.listFiles({ fs, dir: store.dir });
      expect(files).toEqual(['x/y.obj']);
    });
  },
});

describe('GitDatastore over the in-memory file system', () => {
  testStore({
    name: 'GitDatastore over createMemoryFs()',
    create: () => new GitDatastore('/repo', { fs: createMemoryFs() }),
    model: true,
    extra: () => {
      it('keeps a history in memory', async () => {
        const store = new GitDatastore('/repo', { fs: createMemoryFs() });
        await store.put('/greeting', 'hello');
        await store.put('/greeting', 'hello, world');
        const history = await store.history('/greeting');
        expect(history.map((h) => h.value)).toEqual(['hello, world', 'hello']);
      });
    },
  });
});
