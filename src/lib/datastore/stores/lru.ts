// LRUCache: an in-memory store of at most `capacity` entries that evicts the least recently used.

import { checkWholeNumber } from '../_utils.ts';
import type { Cursor } from '../cursor.ts';
import { keyString, type Key, type KeyLike } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, checkValue } from '../store.ts';
import { RecencyMap } from './_recency-map.ts';
import { collectionEntries } from './memory.ts';

/**
 * An in-memory LRU cache; `get` and `put` make an entry recent (`contains` and queries do not).
 * @example const lru = new LRUCache(2); await lru.put('/a', 1); lru.size // 1
 */
export class LRUCache<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'lru';
  /** The most entries the cache holds. */
  readonly capacity: number;
  readonly #entries = new RecencyMap<V>();

  constructor(capacity: number) {
    super();
    this.capacity = checkWholeNumber(capacity, 'LRUCache capacity', 1);
  }

  /** The number of entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** Removes every entry. */
  clear(): void {
    this.#entries.clear();
  }

  /** The keys from least to most recently used (for inspection and tests). */
  keys(): string[] {
    return [...this.#entries.keys()];
  }

  // The public methods are overridden to skip building Key objects on the hot path.
  override async get(key: KeyLike): Promise<V | undefined> {
    return this.#entries.use(keyString(key));
  }

  override async put(key: KeyLike, value: V): Promise<void> {
    if (value === undefined) checkValue(key, value);
    this._put(key, value);
  }

  override async delete(key: KeyLike): Promise<void> {
    this.#entries.delete(keyString(key));
  }

  override async contains(key: KeyLike): Promise<boolean> {
    return this.#entries.has(keyString(key));
  }

  protected _get(key: Key): V | undefined {
    return this.#entries.use(key.toString());
  }

  protected _put(key: KeyLike, value: V): void {
    this.#entries.set(keyString(key), value);
    if (this.#entries.size > this.capacity) this.#entries.deleteOldest();
  }

  protected _delete(key: Key): void {
    this.#entries.delete(key.toString());
  }

  protected override _query(query: Query): Cursor<V> {
    return query.applyEntries(collectionEntries(this.#entries, query));
  }
}
