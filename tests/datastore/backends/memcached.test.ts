// MemcachedDatastore: the conformance suite and model test against a real memcached, plus keys and TTL.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { BackendError, InvalidKeyError } from '@project-hub/datastore';
import { MemcachedDatastore } from '@project-hub/datastore/memcached';
import { testStore } from '../conformance';
import { startMemcached, type LocalServer } from './_servers';

let server: LocalServer;
let n = 0;
const servers = () => `127.0.0.1:${server.port}`;

beforeAll(async () => {
  server = await startMemcached();
});
afterAll(async () => {
  await server?.stop();
});

testStore({
  name: 'MemcachedDatastore',
  create: () => new MemcachedDatastore(servers(), { prefix: `t${n++}:` }),
  teardown: (store) => store.close(),
  skip: { query: true },
  model: true,
  extra: ({ create }) => {
    it('stores keys with spaces, control characters, % and non-ASCII, each apart', async () => {
      const store = await create();
      const keys = ['/a b', '/a%20b', '/a\nb', '/a\u0000b', '/é', '/%C3%A9'];
      for (const [i, k] of keys.entries()) await store.put(k, i);
      for (const [i, k] of keys.entries()) expect(await store.get(k)).toBe(i);
    });
    it('refuses a key longer than memcached allows with InvalidKeyError, never truncating', async () => {
      const store = await create();
      const long = `/${'x'.repeat(300)}`;
      await expect(store.put(long, 1)).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(store.put(long, 1)).rejects.toThrow(/allows 250/);
      await store.put(`/${'x'.repeat(240)}`, 2);
      expect(await store.get(`/${'x'.repeat(240)}`)).toBe(2);
    });
    it('lets values expire after the ttl', async () => {
      const store = new MemcachedDatastore(servers(), { prefix: 'ttl:', ttl: 1 });
      try {
        await store.put('/short', 1);
        expect(await store.get('/short')).toBe(1);
        await expect
          .poll(() => store.get('/short'), { timeout: 3500, interval: 250 })
          .toBeUndefined();
      } finally {
        await store.close();
      }
    });
    it('says in its capabilities that it cannot query but has a ttl', async () => {
      expect((await create()).capabilities).toMatchObject({ query: false, ttl: true });
    });
    it('rejects with a BackendError naming the key when no server answers', async () => {
      const dead = await startMemcached();
      await dead.stop();
      const store = new MemcachedDatastore(`127.0.0.1:${dead.port}`, { timeoutMs: 300 });
      try {
        const err = await store.get('/k').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(BackendError);
        expect(err).toMatchObject({ backend: 'memcached', key: '/k' });
      } finally {
        await store.close();
      }
    });
    it('refuses a ttl that is not whole seconds', () => {
      expect(() => new MemcachedDatastore(servers(), { ttl: 1.5 })).toThrow(RangeError);
    });
  },
});
