// Two relay processes on two ports share rooms through one redis-server: people connected to
// different processes talk and see one history (deduplicated and bounded across processes), a
// client id held on one process cannot be claimed on the other, and killing one process leaves
// the clients of the other unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { createMessageId, createRelayToken } from '@project-hub/texchat';
import {
  clientId,
  connected,
  eventually,
  rawSocket,
  relayUser,
  texts,
  type RelayUser,
} from './_relay.ts';
import { startRedis, startRelayProcess, type Started } from '../../../scripts/_processes.ts';

/** The per-room bound of both processes (small, so the test can overflow it). */
const LIMIT = 20;

let redis: Started & { url: string };
let one: Started & { url: string };
let two: Started & { url: string };
const users: RelayUser[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  redis = await startRedis();
  // TEXCHAT_STORE empty: with TEXCHAT_REDIS_URL set, the history store defaults to that Redis.
  const env = {
    TEXCHAT_REDIS_URL: redis.url,
    TEXCHAT_STORE: '',
    TEXCHAT_HISTORY_LIMIT: `${LIMIT}`,
  };
  [one, two] = await Promise.all([startRelayProcess(env), startRelayProcess(env)]);
}, 60_000);
afterAll(async () => {
  for (const u of users) u.client.close();
  for (const s of sockets) s.disconnect();
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
});

const user = (url: string, name: string) => {
  const u = relayUser(url, name);
  users.push(u);
  return u;
};

/** A raw socket on `url` with the given identity (no reconnection), closed after the file. */
const raw = (url: string, id: string, token: string) => {
  const socket = rawSocket(url, { id, token });
  sockets.push(socket);
  return socket;
};

/** Emits a packet and resolves with the relay's answer. */
const ask = (socket: Socket, packet: object) =>
  socket.timeout(5000).emitWithAck('packet', packet) as Promise<Record<string, unknown>>;

/** Waits for a socket to be refused, resolving with the refusal. */
const refused = (socket: Socket) => connected(socket).then(() => 'connected', String);

describe('two relay processes and one Redis', () => {
  it('logs one line per start, with where it listens and which store and Redis it uses', () => {
    const lines = one.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^texchat relay listening on http:\/\/127\.0\.0\.1:\d+ · store \S+/);
    expect(lines[0]).toContain(`store redis:${redis.url}`);
    expect(lines[0]).toContain(`redis ${redis.url}`);
    expect(one.url).not.toBe(two.url);
  });

  it('shows a late joiner on one process what was sent through the other, bounded per room', async () => {
    const ada = user(one.url, 'Ada');
    const emmy = user(two.url, 'Emmy');
    await ada.client.join('shared');
    await emmy.client.join('shared');
    const sent = Array.from({ length: LIMIT + 5 }, (_, i) => `shared ${i}`);
    // In turns through both processes, each delivered (so stored) before the next is sent.
    for (const [i, text] of sent.entries()) {
      const [from, to] = i % 2 ? [emmy, ada] : [ada, emmy];
      await from.client.send(text);
      await eventually(() => expect(texts(to)).toContain(text));
    }
    // Only the relay can answer the late joiners now: the senders are gone.
    ada.client.close();
    emmy.client.close();
    const kurt = user(two.url, 'Kurt');
    const olga = user(one.url, 'Olga');
    await kurt.client.join('shared');
    await olga.client.join('shared');
    // One history: the latest LIMIT messages from both processes, in the order they were stored.
    await eventually(() => expect(texts(kurt)).toEqual(sent.slice(-LIMIT)));
    await eventually(() => expect(texts(olga)).toEqual(sent.slice(-LIMIT)));
    kurt.client.close();
    olga.client.close();
  });

  it('stores and delivers once a message re-sent to the other process after a reconnect', async () => {
    const watchOne = user(one.url, 'Watcher one');
    const watchTwo = user(two.url, 'Watcher two');
    await watchOne.client.join('resend');
    await watchTwo.client.join('resend');
    const id = clientId();
    const token = createRelayToken();
    const message = (text: string, seq: number) => {
      const date = Date.now();
      const messageId = createMessageId(date, seq, '0badc0de');
      return {
        type: 'message',
        message: { id: messageId, room: 'resend', name: 'Ada', text, date },
      };
    };
    const hello = { type: 'hello', room: 'resend', from: { id, name: 'Ada' } };
    const first = message('said once', 1);

    const before = raw(one.url, id, token);
    await connected(before);
    expect(await ask(before, hello)).toMatchObject({ ok: true });
    expect(await ask(before, first)).toEqual({ ok: true });
    before.disconnect();

    // The reconnect lands on the other process and sends the same message again.
    const after = raw(two.url, id, token);
    await connected(after);
    expect(await ask(after, hello)).toMatchObject({ ok: true });
    expect(await ask(after, first)).toEqual({ ok: true, duplicate: true });
    expect(await ask(after, message('said next', 2))).toEqual({ ok: true });

    // Both processes' clients see each message once; "said next" proves nothing else is coming.
    await eventually(() => expect(texts(watchOne)).toEqual(['said once', 'said next']));
    await eventually(() => expect(texts(watchTwo)).toEqual(['said once', 'said next']));
    const late = user(one.url, 'Late');
    await late.client.join('resend');
    await eventually(() => expect(texts(late)).toEqual(['said once', 'said next']));
    for (const u of [watchOne, watchTwo, late]) u.client.close();
    after.disconnect();
  });

  it('refuses a client id held on one process to another client on the other, until it is freed', async () => {
    const id = clientId();
    const token = createRelayToken();
    const holder = raw(one.url, id, token);
    await connected(holder);
    const thief = createRelayToken();
    expect(await refused(raw(two.url, id, thief))).toMatch(/ERR_ID_TAKEN/);

    // The same client (same secret) reconnecting to the other process takes the id over.
    const dropped = new Promise((resolve) => holder.on('disconnect', resolve));
    const moved = raw(two.url, id, token);
    await connected(moved);
    await dropped;
    expect(await refused(raw(one.url, id, thief))).toMatch(/ERR_ID_TAKEN/);

    // Once the holder leaves, the binding is gone from Redis: the id is free on both processes.
    moved.disconnect();
    await eventually(async () => {
      const next = raw(one.url, id, thief);
      const outcome = await refused(next);
      next.disconnect();
      expect(outcome).toBe('connected');
    });
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
