// One client connection on the relay: checks each event, applies it with the server's record of
// the sender, and relays the result to the room (across processes when a Redis adapter is set).
import type { Server, Socket } from 'socket.io';
import { idTime } from '../message.ts';
import type { Packet, Peer } from '../protocol.ts';
import { refuse, type Refusal } from './errors.ts';
import { checkInbound, isRefusal, type ConnectionRecord, type Inbound } from './inbound.ts';
// The same token bucket the page's clients apply to each sender: one implementation, one behaviour.
import { TokenBucket, type Rate } from '../rate-limit.ts';
import type { RelayHistory } from './room-history.ts';
import { publicRooms, type RoomList } from './room-list.ts';

/** The limits of one connection. */
export interface ConnectionLimits {
  messages: Rate;
  presence: Rate;
  /** Every event, valid or not. */
  events: Rate;
  /** Refused events after which the relay hangs up. */
  maxRefusals: number;
}

/** What a connection needs from the relay around it. */
export interface ConnectionContext {
  io: Server;
  history: RelayHistory;
  rooms: RoomList;
  limits: ConnectionLimits;
  now: () => number;
  log: (line: string) => void;
}

type Ack = (answer: unknown) => void;

/** Serves one socket until it disconnects. `socket.data` is its ConnectionRecord. */
export class Connection {
  readonly #messages: TokenBucket;
  readonly #presence: TokenBucket;
  readonly #events: TokenBucket;
  #refusals = 0;
  // Events of one connection are applied one after another, in arrival order.
  #queue: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: Socket,
    readonly context: ConnectionContext,
  ) {
    const { limits, now } = context;
    this.#messages = new TokenBucket(limits.messages, now);
    this.#presence = new TokenBucket(limits.presence, now);
    this.#events = new TokenBucket(limits.events, now);
    socket.onAny((event: unknown, data: unknown, ack: unknown) => this.#receive(event, data, ack));
  }

  get record(): ConnectionRecord {
    return this.socket.data as ConnectionRecord;
  }

  /** The peer others see: always the relay's record, never what the client claimed. */
  get peer(): Peer {
    return { id: this.record.id, name: this.record.name ?? 'anonymous' };
  }

  /** Says goodbye to the room when the client closed on purpose (a lost link may come back). */
  disconnected(reason: string): void {
    const room = this.record.room;
    if (room !== undefined && reason === 'client namespace disconnect') {
      this.socket.to(room).emit('packet', { type: 'bye', room, from: this.peer });
    }
    if (room !== undefined) this.context.rooms.changed();
  }

  #receive(event: unknown, data: unknown, ack: unknown): void {
    const reply: Ack | undefined = typeof ack === 'function' ? (ack as Ack) : undefined;
    if (!this.#events.take())
      return this.#refuse(refuse('ERR_RATE_LIMITED', 'too many events'), reply);
    if (event !== 'packet') {
      return this.#refuse(
        refuse('ERR_INVALID_PACKET', 'the relay accepts only packet events'),
        reply,
      );
    }
    // The bucket is chosen by the claimed type; the full check runs in turn, after earlier events.
    const isMessage = (data as { type?: unknown } | null)?.type === 'message';
    if (!(isMessage ? this.#messages : this.#presence).take()) {
      const what = isMessage ? 'messages' : 'presence events';
      return this.#refuse(refuse('ERR_RATE_LIMITED', `too many ${what}`), reply);
    }
    this.#queue = this.#queue
      .then(() => this.#check(data, reply))
      .catch((error: unknown) => {
        this.context.log(`[texchat relay] event failed: ${String(error)}`);
        this.#refuse(refuse('ERR_UNAVAILABLE', 'the relay could not store this; retry'), undefined);
      });
  }

  async #check(data: unknown, reply: Ack | undefined): Promise<void> {
    const inbound = checkInbound(data, this.record, this.context.now());
    if (isRefusal(inbound)) return this.#refuse(inbound, reply);
    return this.#apply(inbound, reply);
  }

  #refuse(refusal: Refusal, reply: Ack | undefined): void {
    reply?.({ ok: false, code: refusal.code });
    this.socket.emit('relay-error', refusal);
    this.#refusals += 1;
    if (this.#refusals > this.context.limits.maxRefusals) this.socket.disconnect(true);
  }

  async #apply(inbound: Inbound, reply: Ack | undefined): Promise<void> {
    const room = this.record.room;
    switch (inbound.kind) {
      case 'hello':
        return this.#hello(inbound.room, inbound.name, reply);
      case 'rename':
        return this.#rename(inbound.name, reply);
      case 'message':
        return this.#message(inbound.id, inbound.text, reply);
      case 'history-request': {
        const messages = await this.context.history.missing(room!, inbound.have);
        if (messages.length > 0)
          this.#send({ type: 'history', room: room!, to: this.peer.id, messages });
        return reply?.({ ok: true });
      }
      case 'here':
        this.#toRoom(room!, { type: 'here', room: room!, from: this.peer });
        return reply?.({ ok: true });
      case 'bye':
        this.#toRoom(room!, { type: 'bye', room: room!, from: this.peer });
        await this.socket.leave(room!);
        this.record.room = undefined;
        this.context.rooms.changed();
        return reply?.({ ok: true });
    }
  }

  async #hello(room: string, name: string, reply: Ack | undefined): Promise<void> {
    const members = await this.#membersOf(room);
    if (members.some((m) => m.name.toLowerCase() === name.toLowerCase())) {
      return this.#refuse(refuse('ERR_NAME_TAKEN', `${name} is already in ${room}`), reply);
    }
    const previous = this.record.room;
    if (previous !== undefined && previous !== room) {
      this.#toRoom(previous, { type: 'bye', room: previous, from: this.peer });
      await this.socket.leave(previous);
    }
    this.record.name = name;
    this.record.room = room;
    await this.socket.join(room);
    this.#toRoom(room, { type: 'hello', room, from: this.peer });
    for (const from of members) this.#send({ type: 'here', room, from });
    const rooms = await publicRooms(this.context.io).catch(() => undefined);
    if (rooms) this.#send({ type: 'rooms', rooms });
    this.context.rooms.changed();
    reply?.({ ok: true });
  }

  async #rename(name: string, reply: Ack | undefined): Promise<void> {
    const room = this.record.room!;
    const old = this.peer.name;
    if (name === old) return reply?.({ ok: true });
    const members = await this.#membersOf(room);
    if (members.some((m) => m.name.toLowerCase() === name.toLowerCase())) {
      return this.#refuse(refuse('ERR_NAME_TAKEN', `${name} is already in ${room}`), reply);
    }
    this.record.name = name;
    this.#toRoom(room, { type: 'rename', room, from: this.peer, old });
    reply?.({ ok: true });
  }

  async #message(id: string, text: string, reply: Ack | undefined): Promise<void> {
    const room = this.record.room!;
    // The name is the relay's record; the date is the time in the id, which checkInbound held
    // against the relay's clock (the model requires the two to agree).
    const message = { id, room, name: this.peer.name, text, date: idTime(id) };
    const added = await this.context.history.add(message);
    if (added) this.#toRoom(room, { type: 'message', message });
    reply?.(added ? { ok: true } : { ok: true, duplicate: true });
  }

  /** The other clients in `room`, across every relay process, one entry per client id. */
  async #membersOf(room: string): Promise<Peer[]> {
    // Another process that does not answer in time (busy, or dying) must not stop a join:
    // fall back to this process's own sockets.
    const sockets = await this.context.io
      .in(room)
      .fetchSockets()
      .catch(() => this.context.io.local.in(room).fetchSockets());
    const members = new Map<string, Peer>();
    for (const other of sockets) {
      const { id, name } = other.data as ConnectionRecord;
      if (id !== this.record.id && name !== undefined) members.set(id, { id, name });
    }
    return [...members.values()];
  }

  #toRoom(room: string, packet: Packet): void {
    this.socket.to(room).emit('packet', packet);
  }

  #send(packet: Packet): void {
    this.socket.emit('packet', packet);
  }
}
