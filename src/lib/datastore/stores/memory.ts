// DictDatastore (alias MemoryDatastore): keeps values in a Map, in memory.

import { Key, inCollection, keyString, type KeyLike } from '../key.ts';
import type { Cursor, Entry } from '../cursor.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, checkValue } from '../store.ts';
import { SortedKeys } from './_sorted-keys.ts';

/**
 * An in-memory store backed by a `Map`; keeps the values themselves, not copies.
 * @example const ds = new DictDatastore(); await ds.put('/a', 1); await ds.get('/a') // 1
 */
export class DictDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'dict';
  readonly #map = new Map<string, V>();
  readonly #sorted = new SortedKeys(this.#map);

  /** The number of keys stored. */
  get size(): number {
    return this.#map.size;
  }

  /** Removes every key. */
  clear(): void {
    this.#map.clear();
    this.#sorted.removed();
  }

  // The public methods are overridden to skip building Key objects on the hot path.
  override async get(key: KeyLike): Promise<V | undefined> {
    return this.#map.get(keyString(key));
  }

  override async put(key: KeyLike, value: V): Promise<void> {
    if (value === undefined) checkValue(key, value);
    this._put(key, value);
  }

  override async delete(key: KeyLike): Promise<void> {
    this._delete(key);
  }

  override async contains(key: KeyLike): Promise<boolean> {
    return this.#map.has(keyString(key));
  }

  protected _get(key: Key): V | undefined {
    return this.#map.get(key.toString());
  }

  protected _put(key: KeyLike, value: V): void {
    const k = keyString(key);
    const size = this.#map.size;
    this.#map.set(k, value);
    if (this.#map.size !== size) this.#sorted.added(k);
  }

  protected _delete(key: KeyLike): void {
    if (this.#map.delete(keyString(key))) this.#sorted.removed();
  }

  protected override _query(query: Query): Cursor<V> {
    return query.applyEntries(collectionEntries(this.#map, query, this.#sorted.sorted()));
  }
}

/** Alias of DictDatastore, the name js-stores uses. */
export const MemoryDatastore = DictDatastore;
/** Alias of DictDatastore, the name js-stores uses. */
export type MemoryDatastore<V = unknown> = DictDatastore<V>;

/**
 * The entries of `map` in the query's collection, in ascending key order. Keys and values are
 * snapshotted now; entry objects are made as they are read, so they stay short-lived.
 */
export function collectionEntries<V>(
  map: { keys(): Iterable<string>; get(key: string): V | undefined },
  query: Query,
  sortedKeys?: readonly string[],
): Iterable<Entry<V>> {
  const collection = query.key.toString();
  const keys: string[] = [];
  for (const k of sortedKeys ?? map.keys()) if (inCollection(k, collection)) keys.push(k);
  if (!sortedKeys) keys.sort();
  const values = keys.map((k) => map.get(k) as V);
  return entriesOf(keys, values);
}

function* entriesOf<V>(keys: readonly string[], values: readonly V[]): Generator<Entry<V>> {
  for (let i = 0; i < keys.length; i++) yield new LazyEntry(keys[i] as string, values[i] as V);
}

/** An entry whose Key is built on first read (most query results never need theirs). */
class LazyEntry<V> implements Entry<V> {
  readonly value: V;
  readonly #str: string;
  #key: Key | undefined;

  constructor(str: string, value: V) {
    this.#str = str;
    this.value = value;
  }

  get key(): Key {
    this.#key ??= new Key(this.#str);
    return this.#key;
  }
}
