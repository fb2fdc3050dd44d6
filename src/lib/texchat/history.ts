// The history of each room, kept in a datastore under /Room:<room>/Message:<arrival number>.
import { DictDatastore, Key, Query, type Datastore } from '@project-hub/datastore';
import type { Message } from './message.ts';
import { RoomIndex } from './_room-index.ts';

/** How many messages a page of history holds unless asked otherwise. */
export const DEFAULT_PAGE_SIZE = 50;
/** The most messages a room keeps; beyond it, the sender holding the most loses its oldest. */
export const MAX_ROOM_HISTORY = 500;
/** The most messages one sender keeps in a room; beyond it, that sender's oldest goes. */
export const MAX_SENDER_HISTORY = 100;

/** Options of `History.page`: `after` is the id the page starts after (exclusive). */
export interface PageOptions {
  limit?: number;
  after?: string;
}

/** A page of history, oldest first; `next` is the cursor for the following page, if any. */
export interface HistoryPage {
  messages: Message[];
  next?: string;
}

/** The bounds of a `History`. */
export interface HistoryOptions {
  maxRoom?: number;
  maxPerSender?: number;
}

/**
 * What `History.add` did: `added` is false for a duplicate id. `seq` is the receiver's arrival
 * number of the message (the order of the room), and `evicted` lists the ids the add pushed out.
 */
export interface AddResult {
  added: boolean;
  seq: number;
  evicted: string[];
}

/** A stored record: the message, its arrival number and the sender it is counted against. */
interface Stored extends Message {
  seq: number;
  sender: string;
}

/**
 * Messages of every room, stored through the datastore library (in memory by default). A room is
 * ordered by arrival here, never by the sender-chosen id or date, so nobody can pin a message at
 * the bottom or slip one in at the top; it is bounded per room and per sender, so a sender can
 * push out only its own messages while others hold fewer.
 */
export class History {
  readonly #rooms = new Map<string, Promise<RoomIndex>>();
  readonly #loaded = new Map<string, RoomIndex>();
  // Every change of one room runs after the previous one, so the index matches the store.
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly maxRoom: number;
  readonly maxPerSender: number;

  constructor(
    readonly store: Datastore = new DictDatastore(),
    options: HistoryOptions = {},
  ) {
    this.maxRoom = options.maxRoom ?? MAX_ROOM_HISTORY;
    this.maxPerSender = Math.min(options.maxPerSender ?? MAX_SENDER_HISTORY, this.maxRoom);
  }

  /**
   * The key of a message by its arrival number.
   * @example History.key('lobby', 7).toString() → '/Room:lobby/Message:000000000007'
   */
  static key(room: string, seq: number): Key {
    return new Key(`/Room:${room}/Message:${seq.toString(16).padStart(12, '0')}`);
  }

  /** The collection key that holds a room's messages. */
  static collection(room: string): Key {
    return new Key(`/Room:${room}/Message`);
  }

  /**
   * Stores a message (counted against `sender`, its name by default) unless its id is there;
   * evicts what the bounds require.
   * @example await history.add(m) → { added: true, seq: 0, evicted: [] }
   */
  add(message: Message, sender: string = message.name): Promise<AddResult> {
    return this.#locked(message.room, async () => {
      const index = await this.#index(message.room);
      const known = index.seqOf(message.id);
      if (known !== undefined) return { added: false, seq: known, evicted: [] };
      const seq = index.next();
      await this.store.put(History.key(message.room, seq), { ...message, seq, sender });
      index.add(message.id, seq, sender);
      const evicted: string[] = [];
      for (const gone of index.evict(sender, this.maxPerSender, this.maxRoom)) {
        await this.store.delete(History.key(message.room, gone.seq));
        evicted.push(gone.id);
      }
      return { added: true, seq, evicted };
    });
  }

  /** The arrival number of a stored message, once its room was read or written (else undefined). */
  seqOf(room: string, id: string): number | undefined {
    return this.#loaded.get(room)?.seqOf(id);
  }

  /**
   * A page of a room's history in arrival order, oldest first.
   * @example await history.page('lobby', { limit: 2 }) → { messages: [m1, m2], next: m2.id }
   */
  async page(room: string, options: PageOptions = {}): Promise<HistoryPage> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const after = options.after && (await this.#index(room)).seqOf(options.after);
    const query = new Query(History.collection(room), {
      limit,
      ...(after !== undefined && after !== '' ? { offsetKey: History.key(room, after) } : {}),
    });
    const messages = (await this.#query(query)).map(plain);
    const last = messages[messages.length - 1];
    return messages.length === limit && last ? { messages, next: last.id } : { messages };
  }

  /** The latest `limit` messages of a room (before the id `before`, when given), oldest first. */
  async latest(room: string, limit = DEFAULT_PAGE_SIZE, before?: string): Promise<Message[]> {
    const query = new Query(History.collection(room), { limit }).order('-seq');
    const seq = before === undefined ? undefined : (await this.#index(room)).seqOf(before);
    if (seq !== undefined) query.filter('seq', '<', seq);
    return (await this.#query(query)).reverse().map(plain);
  }

  /** Every message id of a room, in arrival order. */
  async ids(room: string): Promise<string[]> {
    return (await this.#query(new Query(History.collection(room)))).map((m) => m.id);
  }

  /** The latest `limit` messages of a room whose ids are not in `have`, oldest first. */
  async missing(room: string, have: Iterable<string>, limit: number): Promise<Message[]> {
    const known = new Set(have);
    const cursor = await this.store.query(new Query(History.collection(room)).order('-seq'));
    const out: Message[] = [];
    for await (const stored of cursor as AsyncIterable<Stored>) {
      if (!known.has(stored.id)) out.push(plain(stored));
      if (out.length >= limit) break;
    }
    return out.reverse();
  }

  // --- Internal helpers ---

  async #query(query: Query): Promise<Stored[]> {
    return (await (await this.store.query(query)).toArray()) as Stored[];
  }

  /** The room's index, read from the store once (a store that outlives the page keeps its order). */
  #index(room: string): Promise<RoomIndex> {
    const cached = this.#rooms.get(room);
    if (cached) return cached;
    const loading = this.#query(new Query(History.collection(room))).then((stored) => {
      const index = new RoomIndex();
      for (const s of stored) index.add(s.id, s.seq, s.sender);
      this.#loaded.set(room, index);
      return index;
    });
    this.#rooms.set(room, loading);
    return loading;
  }

  #locked<T>(room: string, work: () => Promise<T>): Promise<T> {
    const run = (this.#locks.get(room) ?? Promise.resolve()).then(work, work);
    this.#locks.set(
      room,
      run.catch(() => undefined),
    );
    return run;
  }
}

function plain({ id, room, name, text, date }: Stored): Message {
  return { id, room, name, text, date };
}
