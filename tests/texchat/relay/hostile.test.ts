// Hostile clients: forged and malformed events are refused, floods are rate-limited, oversized
// frames are dropped by the transport; the relay stays up and other users see nothing of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { createMessageId, createRelayToken } from '@project-hub/texchat';
import type { RelayServer } from '@project-hub/texchat/server';
import {
  clientId,
  connected,
  eventually,
  rawSocket,
  relayUser,
  testRelay,
  texts,
  type RelayUser,
} from './_relay.ts';

let relay: RelayServer;
let ada: RelayUser;
let emmy: RelayUser;
let sockets: Socket[] = [];

/** A raw hostile socket that joined `lobby` as `name`; its relay errors are collected. */
async function intruder(name = 'Mallory') {
  const id = clientId();
  const socket = rawSocket(relay.url, { id, token: createRelayToken() });
  sockets.push(socket);
  const errors: string[] = [];
  socket.on('relay-error', (e: { code: string }) => errors.push(e.code));
  await connected(socket);
  socket.emit('packet', { type: 'hello', room: 'lobby', from: { id, name } });
  await eventually(() => expect(emmy.client.members().map((m) => m.name)).toContain(name));
  return { socket, id, errors };
}

/** A valid message packet of `room` with a fresh id. */
function messagePacket(text: string, extra: object = {}, room = 'lobby') {
  const date = Date.now();
  const id = createMessageId(date, Math.floor(Math.random() * 0xffff), '0badc0de');
  return { type: 'message', message: { id, room, name: 'Ada', text, date, ...extra } };
}

/** Ada says something and Emmy must see exactly the messages so far plus this one. */
async function stillWorks() {
  const before = texts(emmy).length;
  await ada.client.send(`still here ${before}`);
  await eventually(() => expect(texts(emmy).slice(before)).toEqual([`still here ${before}`]));
}

beforeEach(async () => {
  relay = await testRelay();
  ada = relayUser(relay.url, 'Ada');
  emmy = relayUser(relay.url, 'Emmy');
  await ada.client.join('lobby');
  await emmy.client.join('lobby');
  await eventually(() => expect(emmy.client.members()).toHaveLength(2));
});
afterEach(async () => {
  for (const s of sockets) s.disconnect();
  sockets = [];
  ada.client.close();
  emmy.client.close();
  await relay.close();
});

describe('the relay trusts its own record, not the client', () => {
  it('relays a message under the sender record name, whatever it claims; refuses a forged date', async () => {
    const { socket, errors } = await intruder();
    socket.emit('packet', messagePacket('I am Ada', { name: 'Ada' }));
    await eventually(() => expect(texts(emmy)).toEqual(['I am Ada']));
    expect(emmy.seen[0]!.name).toBe('Mallory');
    socket.emit('packet', messagePacket('from 1970', { date: 1 }));
    await eventually(() => expect(errors).toEqual(['ERR_INVALID_PACKET']));
    await stillWorks();
    expect(texts(emmy)).toEqual(['I am Ada', 'still here 1']);
  });

  it('refuses presence carrying another client id', async () => {
    const { socket, errors } = await intruder();
    const names = () => emmy.client.members().map((m) => m.name);
    socket.emit('packet', {
      type: 'rename',
      room: 'lobby',
      from: { id: ada.client.id, name: 'Evil' },
      old: 'Ada',
    });
    await eventually(() => expect(errors).toEqual(['ERR_WRONG_SENDER']));
    expect(names()).toEqual(['Ada', 'Emmy', 'Mallory']);
    await stillWorks();
  });

  it('refuses forged history and room lists, messages to rooms not joined, and other events', async () => {
    const { socket, errors } = await intruder();
    const fake = messagePacket('forged history').message;
    socket.emit('packet', { type: 'history', room: 'lobby', to: emmy.client.id, messages: [fake] });
    socket.emit('packet', { type: 'rooms', rooms: [{ room: 'fake', members: 99 }] });
    socket.emit('packet', messagePacket('elsewhere', {}, 'other'));
    socket.emit('chatMessage', { text: 'the original event name' });
    // An hour ahead, id and date agreeing: well formed, but the relay's clock refuses it.
    const future = Date.now() + 3_600_000;
    const ahead = { id: createMessageId(future, 1, '0badc0de'), date: future };
    socket.emit('packet', messagePacket('from the far future', ahead));
    // The event name is refused at once, packets in turn: compare without order.
    await eventually(() =>
      expect([...errors].sort()).toEqual([
        'ERR_BAD_DATE',
        'ERR_FORBIDDEN',
        'ERR_FORBIDDEN',
        'ERR_INVALID_PACKET',
        'ERR_NOT_IN_ROOM',
      ]),
    );
    await stillWorks();
    expect(texts(emmy)).toEqual(['still here 0']);
    await eventually(() =>
      expect(emmy.client.publicRooms()).toEqual([{ room: 'lobby', members: 3 }]),
    );
  });

  it('refuses malformed packets: wrong types, missing fields, __proto__ keys, huge arrays', async () => {
    const { socket, errors } = await intruder();
    const bad = [
      null,
      'hello',
      { type: 'message' },
      { type: 'message', message: { ...messagePacket('x').message, text: 42 } },
      { type: 'hello', room: '<script>', from: { id: 'x', name: 'y' } },
      {
        type: 'history-request',
        room: 'lobby',
        from: { id: 'x', name: 'M' },
        have: new Array(10_000).fill('a'),
      },
    ];
    for (const packet of bad) socket.emit('packet', packet);
    await eventually(() => expect(errors).toHaveLength(bad.length));
    expect(new Set(errors)).toEqual(new Set(['ERR_INVALID_PACKET']));
    // A __proto__ key, as raw JSON so no client library strips it: refused (or the frame is
    // dropped with the connection), and never merged into an object of the relay.
    let closed = false;
    socket.on('disconnect', () => (closed = true));
    socket.io.engine.send(
      '42["packet",{"__proto__":{"polluted":true},"type":"here","room":"lobby","from":{"id":"0","name":"M"}}]',
    );
    await eventually(() => expect(errors.length > bad.length || closed).toBe(true));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await stillWorks();
  });

  it('relays TeX attacks as text, byte for byte: the relay produces no HTML', async () => {
    const { socket } = await intruder();
    const attacks = [
      '$\\href{javascript:alert(1)}{x}$',
      '<img src=x onerror=alert(1)>',
      '$\\def\\x{\\x\\x}\\x$',
      '$$\\unicode{<script>}$$',
      '`</code><script>alert(1)</script>`',
    ];
    for (const text of attacks) socket.emit('packet', messagePacket(text));
    await eventually(() => expect(texts(emmy)).toEqual(attacks));
  });
});

describe('the relay stays up under abuse', () => {
  it('drops a 1 MB frame at the transport and closes only that connection', async () => {
    const { socket } = await intruder();
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    socket.emit('packet', messagePacket('x'.repeat(1024 * 1024)));
    await closed;
    await stillWorks();
    expect(texts(emmy)).toEqual(['still here 0']);
  });

  it('closes a connection that sends malformed socket.io frames', async () => {
    const { socket } = await intruder();
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    socket.io.engine.send('42["packet",{"type":');
    await closed;
    await stillWorks();
  });

  it('rate-limits a flood and hangs up on the flooder; the others lose nothing', async () => {
    const { socket, errors } = await intruder();
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    for (let i = 0; i < 300; i += 1) socket.emit('packet', messagePacket(`flood ${i}`));
    for (let i = 0; i < 5; i += 1) await ada.client.send(`ada ${i}`);
    await eventually(() => expect(texts(emmy).filter((t) => t.startsWith('ada'))).toHaveLength(5));
    expect(texts(emmy).filter((t) => t.startsWith('ada'))).toEqual([
      'ada 0',
      'ada 1',
      'ada 2',
      'ada 3',
      'ada 4',
    ]);
    await closed;
    expect(errors.filter((e) => e === 'ERR_RATE_LIMITED').length).toBeGreaterThan(50);
    // At most the burst (20) plus what refilled during the flood got through.
    expect(texts(emmy).filter((t) => t.startsWith('flood')).length).toBeLessThan(30);
  });

  it('hangs up on a client that keeps sending refused events', async () => {
    const socket = rawSocket(relay.url);
    sockets.push(socket);
    await connected(socket);
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    for (let i = 0; i < 150; i += 1) socket.emit('packet', { type: 'nonsense' });
    await closed;
    await stillWorks();
  });
});

describe('the handshake', () => {
  it('enforces the origin allow-list and refuses a malformed identity', async () => {
    const strict = await testRelay({ origins: ['https://chat.example.org'] });
    try {
      const outcome = (socket: Socket) =>
        new Promise((resolve) => {
          socket.once('connect', () => resolve('connected'));
          socket.once('connect_error', () => resolve('refused'));
        });
      const evil = rawSocket(strict.url, undefined, {
        extraHeaders: { origin: 'https://evil.example' },
        transports: ['polling'],
      });
      const good = rawSocket(strict.url, undefined, {
        extraHeaders: { origin: 'https://chat.example.org' },
        transports: ['polling'],
      });
      const anonymous = rawSocket(strict.url, { id: 'not-hex', token: 'short' });
      sockets.push(evil, good, anonymous);
      expect(await outcome(evil)).toBe('refused');
      expect(await outcome(good)).toBe('connected');
      expect(await outcome(anonymous)).toBe('refused');
    } finally {
      await strict.close();
    }
  });

  it('refuses a second client claiming a held id; the same client (same secret) takes it over', async () => {
    const id = clientId();
    const token = createRelayToken();
    const first = rawSocket(relay.url, { id, token });
    sockets.push(first);
    await connected(first);
    const thief = rawSocket(relay.url, { id, token: createRelayToken() });
    sockets.push(thief);
    await expect(connected(thief)).rejects.toThrow(/ERR_ID_TAKEN/);
    const dropped = new Promise((resolve) => first.on('disconnect', resolve));
    const again = rawSocket(relay.url, { id, token });
    sockets.push(again);
    await connected(again);
    await dropped;
  });
});
