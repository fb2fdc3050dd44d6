// A chat participant: joins rooms, sends and receives messages, tracks presence, syncs history.
import { ClientStateError } from './errors.ts';
import { Emitter } from './emitter.ts';
import { History } from './history.ts';
import {
  createMessage,
  createMessageId,
  isPlausibleDate,
  limitText,
  type Message,
} from './message.ts';
import { cryptoRandom, nickname, randomNickname, roomName, type RandomSource } from './names.ts';
import { Presence, type Member, type RoomSummary } from './presence.ts';
import { MAX_HISTORY_BATCH, isClientId, type Packet, type Peer } from './protocol.ts';
import { MESSAGE_RATE, PRESENCE_RATE, RateLimiter, type Rate } from './rate-limit.ts';
import type { Transport } from './transport.ts';

/** How often a client says it is still here, in milliseconds. */
export const DEFAULT_HEARTBEAT_MS = 5_000;

/** How long after joining a client takes history answers, and how many. */
export const HISTORY_ANSWER_WINDOW_MS = 10_000;
/** How many members' history answers a client takes after joining (the rest are ignored). */
export const MAX_HISTORY_ANSWERS = 5;

/** The timer functions a client uses (the global ones by default; fakes in tests). */
export interface Timers {
  /** Calls `callback` every `ms` milliseconds; returns a handle for `clearInterval`. */
  setInterval(callback: () => void, ms: number): unknown;
  /** Stops the calls that `setInterval` returned `handle` for. */
  clearInterval(handle: unknown): void;
}

/** Options of `ChatClient`. Only `transport` is required. */
export interface ChatClientOptions {
  /** How packets reach the other clients: `createBus().connect()` or `createBroadcastTransport()`. */
  transport: Transport;
  /** The client id (16 hex digits, see `isClientId`); random when absent. A relay binds it. */
  id?: string;
  /** The nickname; a random scientist's first name when absent. */
  name?: string;
  /** Where messages are kept (default: a new `History` over an in-memory datastore). */
  history?: History;
  /** The clock, in milliseconds (default `Date.now`); tests pass a fake one. */
  now?: () => number;
  /** The interval timers behind the heartbeat (default: the global ones). */
  timers?: Timers;
  /** Random 32-bit integers for ids and nicknames (default: the Web Crypto API). */
  random?: RandomSource;
  /** How often the client says "here", in milliseconds (default `DEFAULT_HEARTBEAT_MS`). */
  heartbeatMs?: number;
  /** How long a silent member stays listed, in milliseconds (default `DEFAULT_PRESENCE_TIMEOUT_MS`). */
  timeoutMs?: number;
  /** What this client accepts from each sender (MESSAGE_RATE and PRESENCE_RATE by default). */
  rates?: { message?: Rate; presence?: Rate };
}

/** A line in the room that is not a message: someone joined, left or changed name. */
export interface Notice {
  room: string;
  kind: 'join' | 'part' | 'timeout' | 'rename';
  text: string;
  date: number;
}

/** What `send` did: the message sent, and whether its text had to be cut. */
export interface SendResult {
  message: Message;
  truncated: boolean;
  originalLength: number;
}

/** The events of a client and their payloads. */
export interface ChatEvents extends Record<string, unknown> {
  /** A new message in the room; `local` when this client sent it; `seq` its arrival number. */
  message: { message: Message; local: boolean; seq: number };
  /** Messages that arrived late, from another client's history, in arrival order. */
  history: { room: string; messages: Message[] };
  /** Messages the history bounds pushed out (by id). */
  evicted: { room: string; ids: string[] };
  /** A sender went over its rate in the current room; what it sent is dropped. */
  dropped: { room: string; sender: string };
  notice: Notice;
  members: Member[];
  rooms: RoomSummary[];
  error: unknown;
}

/** One participant. Its own messages are echoed locally, since transports do not echo. */
export class ChatClient extends Emitter<ChatEvents> {
  readonly id: string;
  readonly history: History;
  readonly presence: Presence;
  readonly #transport: Transport;
  readonly #now: () => number;
  readonly #timers: Timers;
  readonly #tag: string;
  readonly #stop: () => void;
  readonly #timer: unknown;
  #name: string;
  #room: string | undefined;
  #seq = 0;
  // The public rooms as a relay counts them; a relay sends only the current room's packets.
  #relayRooms: RoomSummary[] | undefined;
  readonly #messageLimit: RateLimiter;
  readonly #presenceLimit: RateLimiter;
  /** The room whose history answers are awaited, until when, and how many more are taken. */
  #awaiting = { room: '', until: 0, left: 0 };
  // Packets that touch the history are handled one after another, in arrival order.
  #queue: Promise<void> = Promise.resolve();

  constructor(options: ChatClientOptions) {
    super();
    const random = options.random ?? cryptoRandom;
    if (options.id !== undefined && !isClientId(options.id)) {
      throw new ClientStateError(`client id ${JSON.stringify(options.id)} is not 16 hex digits`);
    }
    this.id = options.id ?? hex(random) + hex(random);
    this.#tag = hex(random);
    this.#name = options.name === undefined ? randomNickname([], random) : nickname(options.name);
    this.history = options.history ?? new History();
    this.#now = options.now ?? Date.now;
    this.#messageLimit = new RateLimiter({
      rate: options.rates?.message ?? MESSAGE_RATE,
      now: this.#now,
    });
    this.#presenceLimit = new RateLimiter({
      rate: options.rates?.presence ?? PRESENCE_RATE,
      now: this.#now,
    });
    this.presence = new Presence(options.timeoutMs, this.#now);
    this.#transport = options.transport;
    this.#timers = options.timers ?? globalThis;
    this.#stop = this.#transport.subscribe((packet) => this.#receive(packet));
    this.#timer = this.#timers.setInterval(
      () => this.heartbeat(),
      options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    );
  }

  /** The current nickname. */
  get name(): string {
    return this.#name;
  }

  /** The current room, if any. */
  get room(): string | undefined {
    return this.#room;
  }

  /** How others see this client. */
  get peer(): Peer {
    return { id: this.id, name: this.#name };
  }

  /**
   * Joins a room (leaving the current one) and asks the others for the history this client lacks.
   * @example await client.join('Math talk'); client.room → 'Math-talk'
   */
  async join(input: string): Promise<void> {
    const room = roomName(input);
    if (room === this.#room) return;
    this.leave();
    this.#room = room;
    this.#seen(room, this.peer, true);
    this.#transport.send({ type: 'hello', room, from: this.peer });
    await this.resync();
  }

  /**
   * Asks for the current room's messages this client lacks, and takes answers for a while: after
   * joining, and after a relay connection comes back (messages sent meanwhile are missing).
   */
  async resync(): Promise<void> {
    const room = this.#room;
    if (room === undefined) return;
    const have = (await this.history.ids(room)).slice(-MAX_HISTORY_BATCH);
    if (this.#room === room) {
      const until = this.#now() + HISTORY_ANSWER_WINDOW_MS;
      this.#awaiting = { room, until, left: MAX_HISTORY_ANSWERS };
      this.#transport.send({ type: 'history-request', room, from: this.peer, have });
    }
  }

  /** Leaves the current room, telling the others. */
  leave(): void {
    const room = this.#room;
    if (room === undefined) return;
    this.#transport.send({ type: 'bye', room, from: this.peer });
    this.presence.remove(room, this.id);
    this.#room = undefined;
    this.#changed(undefined);
  }

  /**
   * Sends a message to the current room; text beyond MAX_MESSAGE_LENGTH is cut (see `truncated`).
   * @example await client.send('$e^{i\\pi} = -1$') → { message: { id, room, name, text, date }, truncated: false, … }
   */
  async send(text: string): Promise<SendResult> {
    const room = this.#room;
    if (room === undefined) throw new ClientStateError('join a room before sending');
    const limited = limitText(text);
    const date = Math.floor(this.#now());
    const id = createMessageId(date, this.#seq++, this.#tag);
    const message = createMessage({ id, room, name: this.#name, text: limited.text, date });
    const { seq, evicted } = await this.history.add(message);
    this.#evicted(room, evicted);
    this.emit('message', { message, local: true, seq });
    this.#transport.send({ type: 'message', message });
    return { message, truncated: limited.truncated, originalLength: limited.originalLength };
  }

  /**
   * Changes the nickname (escaped) and announces it; returns the new name.
   * @example client.rename('Emmy N.') → 'Emmy-N' (the room reads "Ada is now known as Emmy-N")
   */
  rename(input: string): string {
    const name = nickname(input);
    const old = this.#name;
    if (name === old) return name;
    this.#name = name;
    const room = this.#room;
    if (room !== undefined) {
      this.#seen(room, this.peer, false);
      this.#transport.send({ type: 'rename', room, from: this.peer, old });
    }
    return name;
  }

  /** The members of the current room, sorted case-insensitively, own entry marked. */
  members(): Member[] {
    return this.#room === undefined ? [] : this.presence.members(this.#room, this.id);
  }

  /** The public rooms this client has heard of, with member counts. */
  publicRooms(): RoomSummary[] {
    return this.#relayRooms ?? this.presence.publicRooms();
  }

  /** Says "still here" and drops members that stopped answering (the timer calls it). */
  heartbeat(): void {
    const room = this.#room;
    if (room !== undefined) {
      this.presence.see(room, this.peer);
      this.#transport.send({ type: 'here', room, from: this.peer });
    }
    const gone = this.presence.expire(this.id);
    for (const { room: from, peer } of gone) {
      this.#notice(from, 'timeout', `${peer.name} stopped answering and left`);
    }
    if (gone.length > 0) this.#changed(undefined);
  }

  /** Leaves, stops the timer and closes the transport. */
  close(): void {
    this.leave();
    this.#timers.clearInterval(this.#timer);
    this.#stop();
    this.#transport.close();
    this.clear();
  }

  // --- Internal helpers ---

  #receive(packet: Packet): void {
    if (packet.type === 'message') {
      const { message } = packet;
      // Only the current room's messages cost anything; each sender within its rate.
      if (message.room !== this.#room) return;
      if (!this.#messageLimit.take(message.name)) return this.#dropped(message.room, message.name);
      return this.#enqueue(() => this.#onMessage(message));
    }
    if (packet.type === 'history') {
      if (!this.#awaitsHistory(packet.room, packet.to)) return;
      return this.#enqueue(() => this.#onHistory(packet));
    }
    if (packet.type === 'rooms') {
      // Only a relay sends room lists (the relay refuses them from clients).
      this.#relayRooms = packet.rooms;
      return void this.emit('rooms', this.publicRooms());
    }
    if (!this.#presenceLimit.take(packet.from.id)) return;
    if (packet.type === 'history-request')
      return this.#enqueue(() => this.#onHistoryRequest(packet));
    if (packet.type === 'bye') {
      const peer = this.presence.remove(packet.room, packet.from.id);
      if (peer) this.#notice(packet.room, 'part', `${peer.name} left`);
      return this.#changed(packet.room);
    }
    this.#seen(packet.room, packet.from, packet.type === 'hello');
    if (packet.type === 'hello' && this.#room !== undefined) {
      this.#transport.send({ type: 'here', room: this.#room, from: this.peer });
    }
  }

  #seen(room: string, peer: Peer, announce: boolean): void {
    const change = this.presence.see(room, peer, room === this.#room && peer.id === this.id);
    if (change.kind === 'joined' && announce) this.#notice(room, 'join', `${peer.name} joined`);
    if (change.kind === 'renamed') {
      this.#notice(room, 'rename', `${change.old} is now known as ${peer.name}`);
    }
    if (change.kind !== 'unchanged') this.#changed(room);
  }

  async #onMessage(message: Message): Promise<void> {
    if (message.room !== this.#room || !isPlausibleDate(message.date, this.#now())) return;
    const { added, seq, evicted } = await this.history.add(message);
    this.#evicted(message.room, evicted);
    if (added) this.emit('message', { message, local: false, seq });
  }

  // Stored in the order the answer lists them (the answering client's arrival order).
  async #onHistory(packet: Extract<Packet, { type: 'history' }>): Promise<void> {
    if (packet.room !== this.#room) return;
    const added: Message[] = [];
    const evicted: string[] = [];
    for (const message of packet.messages) {
      if (!isPlausibleDate(message.date, this.#now())) continue;
      const result = await this.history.add(message);
      if (result.added) added.push(message);
      evicted.push(...result.evicted);
    }
    const gone = new Set(evicted);
    this.#evicted(packet.room, evicted);
    const kept = added.filter((m) => !gone.has(m.id));
    if (kept.length > 0) this.emit('history', { room: packet.room, messages: kept });
  }

  /** True (and counted) for a history answer to this client, in its room, while one is awaited. */
  #awaitsHistory(room: string, to: string): boolean {
    const awaiting = this.#awaiting;
    if (to !== this.id || room !== this.#room || room !== awaiting.room) return false;
    if (this.#now() > awaiting.until || awaiting.left <= 0) return false;
    awaiting.left -= 1;
    return true;
  }

  #evicted(room: string, ids: string[]): void {
    if (ids.length > 0 && room === this.#room) this.emit('evicted', { room, ids });
  }

  #dropped(room: string, sender: string): void {
    this.emit('dropped', { room, sender });
  }

  async #onHistoryRequest(packet: Extract<Packet, { type: 'history-request' }>): Promise<void> {
    if (packet.room !== this.#room || packet.from.id === this.id) return;
    const messages = await this.history.missing(packet.room, packet.have, MAX_HISTORY_BATCH);
    if (messages.length === 0) return;
    this.#transport.send({ type: 'history', room: packet.room, to: packet.from.id, messages });
  }

  #notice(room: string, kind: Notice['kind'], text: string): void {
    if (room === this.#room) this.emit('notice', { room, kind, text, date: this.#now() });
  }

  /** Tells listeners that members (when `room` is this client's) and room counts may differ. */
  #changed(room: string | undefined): void {
    if (room === undefined || room === this.#room) this.emit('members', this.members());
    this.emit('rooms', this.publicRooms());
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queue = this.#queue.then(work).catch((error: unknown) => this.emit('error', error));
  }
}

function hex(random: RandomSource): string {
  return (random() >>> 0).toString(16).padStart(8, '0');
}
