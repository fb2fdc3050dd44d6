// The relay's history: messages per room through a datastore, the latest `limit` of each kept.
import { Query, type Datastore } from '@project-hub/datastore';
import { History } from '../history.ts';
import { MAX_HISTORY_BATCH } from '../protocol.ts';
import type { Message } from '../message.ts';

/** How many messages of a room the relay keeps unless TEXCHAT_HISTORY_LIMIT says otherwise. */
export const DEFAULT_HISTORY_LIMIT = 1000;

/** History bounded per room: after each stored message the oldest beyond `limit` are deleted. */
export class RoomHistory {
  readonly history: History;

  constructor(
    store: Datastore,
    readonly limit = DEFAULT_HISTORY_LIMIT,
  ) {
    this.history = new History(store);
  }

  /** Stores a message once; false when its id is already stored (a re-send after a reconnect). */
  async add(message: Message): Promise<boolean> {
    const added = await this.history.add(message);
    if (added) await this.#prune(message.room);
    return added;
  }

  /** The latest messages of a room that `have` lacks, oldest first, at most one batch. */
  missing(room: string, have: string[]): Promise<Message[]> {
    return this.history.missing(room, have, MAX_HISTORY_BATCH);
  }

  async #prune(room: string): Promise<void> {
    const query = new Query(History.collection(room), { offset: this.limit }).order('-id');
    const old = (await (await this.history.store.query(query)).toArray()) as Message[];
    for (const message of old) await this.history.store.delete(History.key(room, message.id));
  }
}
