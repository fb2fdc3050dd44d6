// LRUCache: an in-memory store of at most `capacity` entries that evicts the least recently used.

import { checkWholeNumber } from '../_utils';
import type { Cursor } from '../cursor';
import { keyString, type Key, type KeyLike } from '../key';
import type { Query } from '../query';
import { BaseDatastore, checkValue } from '../store';
import { collectionEntries } from './memory';

/**
 * An in-memory LRU cache; `get` and `put` make an entry recent (`contains` and queries do not).
 * @example const lru = new LRUCache(2); await lru.put('/a', 1); lru.size // 1
 */
export class LRUCache<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'lru';
  /** The most entries the cache holds. */
  readonly capacity: number;
  // A Map iterates in insertion order, so re-inserting on use keeps the least recent first.
  readonly #map = new Map<string, V>();

  constructor(capacity: number) {
    super();
    this.capacity = checkWholeNumber(capacity, 'LRUCache capacity', 1);
  }

  /** The number of entries held. */
  get size(): number {
    return this.#map.size;
  }

  /** Removes every entry. */
  clear(): void {
    this.#map.clear();
  }

  override async get(key: KeyLike): Promise<V | undefined> {
    const k = keyString(key);
    const value = this.#map.get(k);
    if (value !== undefined) {
      this.#map.delete(k);
      this.#map.set(k, value);
    }
    return value;
  }

  override async put(key: KeyLike, value: V): Promise<void> {
    if (value === undefined) checkValue(key, value);
    const k = keyString(key);
    this.#map.delete(k);
    this.#map.set(k, value);
    if (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value as string);
  }

  override async delete(key: KeyLike): Promise<void> {
    this.#map.delete(keyString(key));
  }

  override async contains(key: KeyLike): Promise<boolean> {
    return this.#map.has(keyString(key));
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.get(key);
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.put(key, value);
  }

  protected _delete(key: Key): void {
    this.#map.delete(key.toString());
  }

  protected override _query(query: Query): Cursor<V> {
    return query.applyEntries(collectionEntries(this.#map, query));
  }

  /** The keys from least to most recently used (for inspection and tests). */
  keys(): string[] {
    return [...this.#map.keys()];
  }
}
