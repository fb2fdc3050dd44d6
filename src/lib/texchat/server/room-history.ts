// The relay's history: messages per room through a datastore, the latest `limit` of each kept.
import { Query, type Datastore } from '@project-hub/datastore';
import { History } from '../history.ts';
import { MAX_HISTORY_BATCH } from '../protocol.ts';
import type { Message } from '../message.ts';

/** How many messages of a room the relay keeps unless TEXCHAT_HISTORY_LIMIT says otherwise. */
export const DEFAULT_HISTORY_LIMIT = 1000;

/**
 * History bounded per room: once a room holds more than `limit` plus a tenth, its oldest messages
 * are deleted down to `limit` (pruning in batches keeps the cost of a message constant).
 */
export class RoomHistory {
  readonly history: History;
  // How many messages each room holds, as this process counts them (read once per room).
  readonly #counts = new Map<string, number>();

  constructor(
    store: Datastore,
    readonly limit = DEFAULT_HISTORY_LIMIT,
  ) {
    this.history = new History(store);
  }

  /** Stores a message once; false when its id is already stored (a re-send after a reconnect). */
  async add(message: Message): Promise<boolean> {
    const added = await this.history.add(message);
    if (added) await this.#count(message.room);
    return added;
  }

  /** The latest messages of a room that `have` lacks, oldest first, at most one batch. */
  missing(room: string, have: string[]): Promise<Message[]> {
    return this.history.missing(room, have, MAX_HISTORY_BATCH);
  }

  async #count(room: string): Promise<void> {
    const known = this.#counts.get(room);
    const count = known === undefined ? (await this.history.ids(room)).length : known + 1;
    this.#counts.set(room, count);
    if (count > this.limit + Math.ceil(this.limit / 10)) {
      await this.#prune(room);
      this.#counts.set(room, this.limit);
    }
  }

  async #prune(room: string): Promise<void> {
    const query = new Query(History.collection(room), { offset: this.limit }).order('-id');
    const old = (await (await this.history.store.query(query)).toArray()) as Message[];
    for (const message of old) await this.history.store.delete(History.key(room, message.id));
  }
}
