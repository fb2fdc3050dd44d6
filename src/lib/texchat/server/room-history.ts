// The relay's history: messages per room through a datastore, in the relay's arrival order,
// bounded per room (and per sender, so one sender can push out only its own messages).
import type { Datastore } from '@project-hub/datastore';
import { History } from '../history.ts';
import { MAX_HISTORY_BATCH } from '../protocol.ts';
import type { Message } from '../message.ts';

/** How many messages of a room the relay keeps unless TEXCHAT_HISTORY_LIMIT says otherwise. */
export const DEFAULT_HISTORY_LIMIT = 1000;

/** What the relay needs of a history: store a message once, and read what a joiner lacks. */
export interface RelayHistory {
  /** Stores a message once; false when its id is already stored (a re-send after a reconnect). */
  add(message: Message): Promise<boolean>;
  /** The latest messages of a room that `have` lacks, oldest first, at most one batch. */
  missing(room: string, have: string[]): Promise<Message[]>;
}

/**
 * A room's history in one relay process: the library's bounded `History`, with the relay's bound.
 * Its index lives in this process, so processes that share rooms use `SharedRoomHistory`.
 */
export class RoomHistory implements RelayHistory {
  readonly history: History;

  constructor(
    store: Datastore,
    readonly limit = DEFAULT_HISTORY_LIMIT,
  ) {
    this.history = new History(store, { maxRoom: limit });
  }

  /** Stores a message once; false when its id is already stored (a re-send after a reconnect). */
  async add(message: Message): Promise<boolean> {
    return (await this.history.add(message)).added;
  }

  /** The latest messages of a room that `have` lacks, oldest first, at most one batch. */
  missing(room: string, have: string[]): Promise<Message[]> {
    return this.history.missing(room, have, MAX_HISTORY_BATCH);
  }
}
