// RedisDatastore: the conformance suite and model test against a real redis-server, plus a killed server.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { BackendError, Query } from '@project-hub/datastore';
import { RedisDatastore } from '@project-hub/datastore/redis';
import { testStore } from '../conformance';
import { startRedis, type LocalServer } from './_servers';

let server: LocalServer;
let n = 0;
const url = () => `redis://127.0.0.1:${server.port}`;

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server?.stop();
});

testStore({
  name: 'RedisDatastore',
  // A fresh prefix per store keeps tests apart on one server.
  create: () => new RedisDatastore(url(), { prefix: `t${n++}:` }),
  teardown: (store) => store.close(),
  model: true,
  extra: ({ create }) => {
    it('pushes offsetKey and limit down to ZRANGE BYLEX', async () => {
      const store = await create();
      for (let i = 0; i < 300; i++) await store.put(`/p/k${String(i).padStart(3, '0')}`, i);
      const cursor = await store.query(new Query('/p', { offsetKey: '/p/k099', limit: 3 }));
      expect(await cursor.toArray()).toEqual([100, 101, 102]);
      const all = await (await store.query(new Query('/p'))).toArray();
      expect(all).toHaveLength(300);
    });
    it('keeps the value and its index entry in one transaction', async () => {
      const store = await create();
      await store.put('/t/a', 1);
      const members = await store.client.zRange(`t${n - 1}:i:/t`, 0, -1);
      expect(members).toEqual(['/t/a']);
      await store.delete('/t/a');
      expect(await store.client.exists(`t${n - 1}:i:/t`)).toBe(0);
    });
    it('rejects a call to a hung server within the timeout, then answers once it resumes', async () => {
      const own = await startRedis();
      const store = new RedisDatastore(`redis://127.0.0.1:${own.port}`, { timeoutMs: 300 });
      try {
        await store.put('/k', 1);
        own.process.kill('SIGSTOP'); // alive but silent: only the timeout can end the call
        const err = await store.get('/k').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(BackendError);
        expect((err as Error).message).toBe(
          '[datastore] [redis] get timed out after 300 ms (key /k)',
        );
        own.process.kill('SIGCONT');
        await expect.poll(() => store.get('/k').catch(() => 'not yet'), { timeout: 5000 }).toBe(1);
      } finally {
        own.process.kill('SIGCONT');
        await store.close();
        await own.stop();
      }
    });
    it('reports its capabilities', async () => {
      expect((await create()).capabilities.pushdown).toEqual({ offsetKey: true, limit: true });
    });
    it('rejects within the timeout with a BackendError when the server dies, then recovers', async () => {
      const own = await startRedis();
      const store = new RedisDatastore(`redis://127.0.0.1:${own.port}`, { timeoutMs: 500 });
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        await store.put('/k', 1);
        // Calls in flight when the server dies settle too: each resolves or rejects, none hangs.
        const inFlight = Promise.allSettled(
          Array.from({ length: 50 }, (_, i) => store.put(`/f/${i}`, i)),
        );
        await own.stop();
        const settled = await inFlight;
        for (const r of settled)
          if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(BackendError);
        const started = Date.now();
        const err = await store.get('/k').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(BackendError);
        expect(err).toMatchObject({ code: 'ERR_BACKEND', backend: 'redis', key: '/k' });
        await expect(store.put('/k', 2)).rejects.toBeInstanceOf(BackendError);
        expect(Date.now() - started).toBeLessThan(2000);
        const again = await own.restart();
        try {
          await expect
            .poll(
              () =>
                store.put('/k', 3).then(
                  () => 'ok',
                  (e: Error) => e.message,
                ),
              { timeout: 5000 },
            )
            .toBe('ok');
          expect(await store.get('/k')).toBe(3); // a fresh server without persistence
        } finally {
          await again.stop();
        }
      } finally {
        await store.close();
        process.off('unhandledRejection', onUnhandled);
      }
      expect(unhandled).toEqual([]);
    });
  },
});
