// The relay's history when several processes share rooms on one Redis. The records live in a
// RedisDatastore under the keys of the library's History (/Room:<room>/Message:<arrival number>),
// so reading is the library's code; what no process can decide alone is a Redis primitive:
// - that a client message id is stored once: SET … NX on a key derived from the id (`claimOnce`);
// - the arrival number of a message in its room: INCR, so two processes never take the same one;
// - the bounds: the adder of number n deletes number n - limit (the room keeps the latest `limit`),
//   and a list per sender (RPUSH/LPOP) keeps that sender's latest MAX_SENDER_HISTORY.
import type { Datastore } from '@project-hub/datastore';
import type { RedisClientType as RedisClient } from 'redis';
import { History, MAX_SENDER_HISTORY } from '../history.ts';
import type { Message } from '../message.ts';
import { MAX_HISTORY_BATCH } from '../protocol.ts';
import { DEFAULT_HISTORY_LIMIT, type RelayHistory } from './room-history.ts';

/** How long a claimed message id waits for its record, in ms, before a re-send may claim it again. */
export const PENDING_CLAIM_MS = 10_000;

/**
 * Claims `key` once across every process on the Redis: true for the first caller, false for
 * every later one while the key exists. The claim expires after `ttlMs` unless `keep` makes it
 * permanent (a process that dies between claim and store must not block the re-send forever).
 * @example await claimOnce(client, 'texchat:seen:…', 10_000) → true; again → false
 */
export async function claimOnce(client: RedisClient, key: string, ttlMs: number): Promise<boolean> {
  return (
    (await client.set(key, 'pending', {
      condition: 'NX',
      expiration: { type: 'PX', value: ttlMs },
    })) === 'OK'
  );
}

/** The history every relay process on one Redis reads and writes. */
export class SharedRoomHistory implements RelayHistory {
  readonly #reader: History;
  /** The most messages one sender keeps in a room (the library's bound, or the room's if lower). */
  readonly maxPerSender: number;

  /**
   * `store` holds the records (a RedisDatastore on the same Redis as `client`, or any datastore
   * every process shares); `client` runs the claims and counters, under `prefix`.
   */
  constructor(
    /** Where the records live, shared by every process. */
    readonly store: Datastore,
    /** A connected client of the Redis the processes share. */
    readonly client: RedisClient,
    /** The most messages a room keeps. */
    readonly limit = DEFAULT_HISTORY_LIMIT,
    /** The start of every Redis key this history writes itself. */
    readonly prefix = 'texchat:',
  ) {
    this.#reader = new History(store, { maxRoom: limit });
    this.maxPerSender = Math.min(MAX_SENDER_HISTORY, limit);
  }

  /** Stores a message once across every process; false when its id is already stored. */
  async add(message: Message): Promise<boolean> {
    const { room, id, name } = message;
    const seen = this.#key('seen', room, id);
    if (!(await this.#claim(seen))) return false;
    let seq: number;
    try {
      seq = await this.client.incr(this.#key('seq', room));
      await this.store.put(History.key(room, seq), { ...message, seq, sender: name });
    } catch (error) {
      // Not stored: free the id at once, so the client's retry is not taken for a duplicate.
      await this.client.del(seen).catch(() => undefined);
      throw error;
    }
    // Stored: the claim now lasts until the message leaves the history.
    await this.client.set(seen, String(seq));
    const sender = this.#key('sender', room, name);
    const gone: number[] = seq > this.limit ? [seq - this.limit] : [];
    let count = await this.client.rPush(sender, String(seq));
    for (; count > this.maxPerSender; count -= 1) {
      const oldest = await this.client.lPop(sender);
      if (oldest !== null) gone.push(Number(oldest));
    }
    for (const old of gone) await this.#evict(room, old);
    return true;
  }

  /** The latest messages of a room that `have` lacks, oldest first, at most one batch. */
  missing(room: string, have: string[]): Promise<Message[]> {
    return this.#reader.missing(room, have, MAX_HISTORY_BATCH);
  }

  // --- Internal helpers ---

  /**
   * Claims a message id; false when it is stored already. A claim still pending (another process
   * is storing the message, or died doing so) is waited out: it becomes stored, or it expires and
   * this add stores the message, so a re-send racing a crash is neither lost nor doubled.
   */
  async #claim(seen: string): Promise<boolean> {
    for (;;) {
      if (await claimOnce(this.client, seen, PENDING_CLAIM_MS)) return true;
      const value = await this.client.get(seen);
      if (value !== null && value !== 'pending') return false;
      if (value === 'pending') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Deletes a record (if still there) and its id's claim, so the id could be stored again. */
  async #evict(room: string, seq: number): Promise<void> {
    const key = History.key(room, seq);
    const stored = (await this.store.get(key)) as { id: string } | undefined;
    if (!stored) return;
    await this.store.delete(key);
    await this.client.del(this.#key('seen', room, stored.id));
  }

  /** A Redis key of this history; JSON keeps a room or name with ':' in it unambiguous. */
  #key(kind: 'seen' | 'seq' | 'sender', ...parts: string[]): string {
    return `${this.prefix}${kind}:${JSON.stringify(parts)}`;
  }
}
