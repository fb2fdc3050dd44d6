// Two relay processes on two ports share rooms through one redis-server: people connected to
// different processes talk, and killing one process leaves the clients of the other unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, relayUser, texts, type RelayUser } from './_relay.ts';
import { startRedis, startRelayProcess, type Started } from '../../../scripts/_processes.ts';

let redis: Started & { url: string };
let one: Started & { url: string };
let two: Started & { url: string };
const users: RelayUser[] = [];

beforeAll(async () => {
  redis = await startRedis();
  [one, two] = await Promise.all([
    startRelayProcess({ TEXCHAT_REDIS_URL: redis.url }),
    startRelayProcess({ TEXCHAT_REDIS_URL: redis.url }),
  ]);
}, 60_000);
afterAll(async () => {
  for (const u of users) u.client.close();
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
});

const user = (url: string, name: string) => {
  const u = relayUser(url, name);
  users.push(u);
  return u;
};

describe('two relay processes and one Redis', () => {
  it('logs one line per start, with where it listens and which store and Redis it uses', () => {
    const lines = one.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^texchat relay listening on http:\/\/127\.0\.0\.1:\d+ · store \S+/);
    expect(lines[0]).toContain(`redis ${redis.url}`);
    expect(one.url).not.toBe(two.url);
  });

  it('delivers across processes, lists members and rooms across them; a killed process leaves the other unaffected', async () => {
    const ada = user(one.url, 'Ada');
    const emmy = user(two.url, 'Emmy');
    const kurt = user(two.url, 'Kurt');
    await ada.client.join('lobby');
    await emmy.client.join('lobby');
    await kurt.client.join('lobby');
    await eventually(() =>
      expect(emmy.client.members().map((m) => m.name)).toEqual(['Ada', 'Emmy', 'Kurt']),
    );
    await eventually(() =>
      expect(ada.client.publicRooms()).toEqual([{ room: 'lobby', members: 3 }]),
    );
    await ada.client.send('from process one');
    await emmy.client.send('from process two');
    await eventually(() => expect(texts(emmy)).toEqual(['from process one']));
    await eventually(() => expect(texts(ada)).toEqual(['from process two']));
    // Two senders on two processes: each arrives once, in no promised order between them.
    await eventually(() =>
      expect([...texts(kurt)].sort()).toEqual(['from process one', 'from process two']),
    );

    await one.kill();
    await eventually(() => expect(ada.transport.state).toBe('reconnecting'));
    for (let i = 0; i < 10; i += 1) await emmy.client.send(`after the crash ${i}`);
    const expected = Array.from({ length: 10 }, (_, i) => `after the crash ${i}`);
    await eventually(() => expect(texts(kurt).slice(2)).toEqual(expected));
    expect(emmy.transport.state).toBe('connected');
    expect(kurt.transport.state).toBe('connected');
    expect(emmy.errors).toEqual([]);
  }, 60_000);
});
