// The relay transport alone, over a fake socket: the outbox keeps a message until the relay
// answers, retries one that was rate-limited, drops one that was refused, repeats presence.
import { describe, expect, it, vi } from 'vitest';
import {
  createMessageId,
  createRelayTransport,
  type Packet,
  type RelaySocket,
} from '@project-hub/texchat';

type Ack = (error: unknown, answer: unknown) => void;

/** A socket that records what is emitted and lets the test answer. */
class FakeSocket implements RelaySocket {
  connected = false;
  active = true;
  readonly sent: { packet: Packet; ack?: Ack }[] = [];
  readonly #handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  on(event: string, listener: (...args: unknown[]) => void) {
    this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, packet: unknown) {
    if (event === 'packet') this.sent.push({ packet: packet as Packet });
    return this;
  }
  timeout() {
    return {
      emit: (_event: string, packet: unknown, ack: Ack) =>
        this.sent.push({ packet: packet as Packet, ack }),
    };
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const listener of this.#handlers.get(event) ?? []) listener(...args);
  }
}

const ID = '0123456789abcdef';
const from = { id: ID, name: 'Ada' };
const message = (seq: number): Packet => ({
  type: 'message',
  message: {
    id: createMessageId(Date.now(), seq, 'c0ffee00'),
    room: 'lobby',
    name: 'Ada',
    text: `m${seq}`,
    date: 0,
  },
});

function setup() {
  const socket = new FakeSocket();
  const transport = createRelayTransport({
    url: 'http://relay',
    id: ID,
    connect: () => socket,
    retryMs: 10,
  });
  const states: string[] = [];
  transport.onState((state) => states.push(state));
  return { socket, transport, states };
}

describe('createRelayTransport', () => {
  it('holds messages while offline and sends them, after the repeated hello, on connect', () => {
    const { socket, transport, states } = setup();
    transport.send({ type: 'hello', room: 'lobby', from });
    transport.send(message(1));
    transport.send({ type: 'here', room: 'lobby', from });
    expect(socket.sent).toEqual([]);
    expect(transport.pending).toBe(1);
    socket.fire('connect');
    expect(socket.sent.map((s) => s.packet.type)).toEqual(['hello', 'message']);
    expect(states).toEqual(['connected']);
    socket.sent[1]!.ack!(null, { ok: true });
    expect(transport.pending).toBe(0);
    socket.fire('disconnect');
    socket.fire('connect');
    expect(socket.sent.map((s) => s.packet.type)).toEqual(['hello', 'message', 'hello']);
    expect(states).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('retries a rate-limited message, drops a refused one, keeps an unanswered one', async () => {
    const { socket, transport } = setup();
    socket.fire('connect');
    transport.send(message(1));
    transport.send(message(2));
    transport.send(message(3));
    socket.sent[0]!.ack!(null, { ok: false, code: 'ERR_RATE_LIMITED' });
    socket.sent[1]!.ack!(null, { ok: false, code: 'ERR_BAD_DATE' });
    socket.sent[2]!.ack!(new Error('timeout'), undefined);
    expect(transport.pending).toBe(2);
    await vi.waitFor(() => expect(socket.sent).toHaveLength(4));
    // The rate-limited one went again; the refused one is gone, the unanswered one waits.
    expect(socket.sent[3]!.packet).toBe(socket.sent[0]!.packet);
  });

  it('turns a rename after a refused hello into a new hello under the new name', () => {
    const { socket, transport } = setup();
    socket.fire('connect');
    transport.send({ type: 'hello', room: 'lobby', from });
    socket.sent[0]!.ack!(null, { ok: false, code: 'ERR_NAME_TAKEN' });
    transport.send({ type: 'rename', room: 'lobby', from: { id: ID, name: 'Ada2' }, old: 'Ada' });
    expect(socket.sent[1]!.packet).toEqual({
      type: 'hello',
      room: 'lobby',
      from: { id: ID, name: 'Ada2' },
    });
    socket.sent[1]!.ack!(null, { ok: true });
    transport.send({ type: 'rename', room: 'lobby', from: { id: ID, name: 'Ada3' }, old: 'Ada2' });
    expect(socket.sent[2]!.packet.type).toBe('rename');
  });

  it('reports a refused connection and goes offline', () => {
    const { socket, transport, states } = setup();
    const errors: string[] = [];
    transport.onError((error) => errors.push(error.code));
    socket.active = false;
    socket.fire('connect_error', new Error('ERR_ID_TAKEN: another client holds this id'));
    expect(errors).toEqual(['ERR_RELAY_REFUSED']);
    expect(states).toEqual(['offline']);
  });
});
