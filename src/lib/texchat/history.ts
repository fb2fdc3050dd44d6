// The history of each room, kept in a datastore under /Room:<room>/Message:<id>.
import { DictDatastore, Key, Query, type Datastore } from '@project-hub/datastore';
import type { Message } from './message.ts';

/** How many messages a page of history holds unless asked otherwise. */
export const DEFAULT_PAGE_SIZE = 50;

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

/** Messages of every room, stored through the datastore library (in memory by default). */
export class History {
  // Adds of one key in flight: a second add of the same message waits and reports a duplicate.
  readonly #adding = new Map<string, Promise<boolean>>();

  constructor(readonly store: Datastore = new DictDatastore()) {}

  /**
   * The key of a message.
   * @example History.key('lobby', '018f00000000-0001-c0ffee00').toString() → '/Room:lobby/Message:018f00000000-0001-c0ffee00'
   */
  static key(room: string, id: string): Key {
    return new Key(`/Room:${room}/Message:${id}`);
  }

  /** The collection key that holds a room's messages. */
  static collection(room: string): Key {
    return new Key(`/Room:${room}/Message`);
  }

  /** Stores a message; false when a message with its id is already there (nothing is replaced). */
  async add(message: Message): Promise<boolean> {
    const key = History.key(message.room, message.id);
    const name = key.toString();
    const pending = this.#adding.get(name);
    if (pending) return pending.then(() => false);
    const work = this.#putNew(key, message).finally(() => this.#adding.delete(name));
    this.#adding.set(name, work);
    return work;
  }

  /**
   * A page of a room's history in order, oldest first.
   * @example await history.page('lobby', { limit: 2 }) → { messages: [m1, m2], next: m2.id }
   */
  async page(room: string, options: PageOptions = {}): Promise<HistoryPage> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const query = new Query(History.collection(room), {
      limit,
      ...(options.after ? { offsetKey: History.key(room, options.after) } : {}),
    });
    const messages = (await (await this.store.query(query)).toArray()) as Message[];
    const last = messages[messages.length - 1];
    return messages.length === limit && last ? { messages, next: last.id } : { messages };
  }

  /** The latest `limit` messages of a room (before the id `before`, when given), oldest first. */
  async latest(room: string, limit = DEFAULT_PAGE_SIZE, before?: string): Promise<Message[]> {
    const query = new Query(History.collection(room), { limit }).order('-id');
    if (before) query.filter('id', '<', before);
    const messages = (await (await this.store.query(query)).toArray()) as Message[];
    return messages.reverse();
  }

  /** Every message id of a room, in order. */
  async ids(room: string): Promise<string[]> {
    const cursor = await this.store.query(new Query(History.collection(room)));
    return ((await cursor.toArray()) as Message[]).map((m) => m.id);
  }

  /** The latest `limit` messages of a room whose ids are not in `have`, oldest first. */
  async missing(room: string, have: Iterable<string>, limit: number): Promise<Message[]> {
    const known = new Set(have);
    const cursor = await this.store.query(new Query(History.collection(room)).order('-id'));
    const out: Message[] = [];
    for await (const message of cursor as AsyncIterable<Message>) {
      if (!known.has(message.id)) out.push(message);
      if (out.length >= limit) break;
    }
    return out.reverse();
  }

  async #putNew(key: Key, message: Message): Promise<boolean> {
    if (await this.store.contains(key)) return false;
    await this.store.put(key, message);
    return true;
  }
}
