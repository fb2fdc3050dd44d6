// SharedRoomHistory under real concurrency: two instances (as two relay processes would hold) on
// one redis-server add at the same time; an id is stored once and the room bound holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type RedisClientType } from 'redis';
import { createMessageId, type Message } from '@project-hub/texchat';
import { RedisDatastore } from '@project-hub/datastore/redis';
import { SharedRoomHistory } from '@project-hub/texchat/server';
import { startRedis, type Started } from '../../../scripts/_processes.ts';

let redis: Started & { url: string };
const clients: RedisClientType[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await redis?.stop();
});

/** One "process": its own Redis connection, datastore and history, with a shared prefix. */
async function relayProcess(prefix: string, limit: number): Promise<SharedRoomHistory> {
  const client: RedisClientType = createClient({ url: redis.url });
  await client.connect();
  clients.push(client);
  // Casts: the datastore types its client by generic bounds (see open-store.ts), and the texchat
  // workspace has its own copy of redis, whose class is another type for TypeScript.
  const store = new RedisDatastore(client as never, { prefix: `${prefix}store:` });
  return new SharedRoomHistory(store, client as never, limit, prefix);
}

const message = (room: string, n: number, name = 'Ada'): Message => {
  const date = Date.now();
  return { id: createMessageId(date, n, '0badc0de'), room, name, text: `m${n}`, date };
};

describe('SharedRoomHistory on one Redis', () => {
  it('stores an id once when two processes add it at the same moment', async () => {
    const [a, b] = await Promise.all([relayProcess('t1:', 50), relayProcess('t1:', 50)]);
    const sent = Array.from({ length: 20 }, (_, n) => message('race', n));
    const results = await Promise.all(sent.flatMap((m) => [a.add(m), b.add(m)]));
    // Each pair: exactly one of the two stored it.
    for (let n = 0; n < sent.length; n += 1) {
      expect([results[2 * n], results[2 * n + 1]].filter(Boolean)).toHaveLength(1);
    }
    const stored = await a.missing('race', []);
    expect(stored.map((m) => m.text).sort()).toEqual(sent.map((m) => m.text).sort());
    expect(await b.missing('race', [])).toEqual(stored);
  });

  it('keeps the latest `limit` of a room while two processes add to it concurrently', async () => {
    const [a, b] = await Promise.all([relayProcess('t2:', 10), relayProcess('t2:', 10)]);
    // Five senders, so the per-sender bound (the room's, 10) is not what trims.
    const sent = Array.from({ length: 40 }, (_, n) => message('busy', n, `s${n % 5}`));
    await Promise.all(sent.map((m, n) => (n % 2 ? a : b).add(m)));
    const kept = await b.missing('busy', []);
    expect(kept).toHaveLength(10);
    // An evicted id is forgotten, so it would be stored again; a kept one is still a duplicate.
    expect(await a.add(kept[0]!)).toBe(false);
  });

  it('keeps at most the per-sender bound of one sender', async () => {
    const a = await relayProcess('t3:', 1000);
    for (let n = 0; n < a.maxPerSender + 5; n += 1) await a.add(message('flood', n));
    const kept = await a.missing('flood', []);
    expect(kept.map((m) => m.text)).toEqual(
      Array.from({ length: a.maxPerSender }, (_, i) => `m${i + 5}`),
    );
  });
});
