// DictDatastore (alias MemoryDatastore): keeps values in a Map, in memory.

import { Key, keyString, pathString, type KeyLike } from '../key';
import type { Cursor, Entry } from '../cursor';
import type { Query } from '../query';
import { BaseDatastore, checkQuery, checkValue } from '../store';

/**
 * An in-memory store backed by a `Map`; keeps the values themselves, not copies.
 * @example const ds = new DictDatastore(); await ds.put('/a', 1); await ds.get('/a') // 1
 */
export class DictDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'dict';
  readonly #map = new Map<string, V>();

  /** The number of keys stored. */
  get size(): number {
    return this.#map.size;
  }

  /** Removes every key. */
  clear(): void {
    this.#map.clear();
  }

  // The public methods are overridden to skip building Key objects on the hot path.
  override async get(key: KeyLike): Promise<V | undefined> {
    return this.#map.get(keyString(key));
  }

  override async put(key: KeyLike, value: V): Promise<void> {
    if (value === undefined) checkValue(key, value);
    this.#map.set(keyString(key), value);
  }

  override async delete(key: KeyLike): Promise<void> {
    this.#map.delete(keyString(key));
  }

  override async contains(key: KeyLike): Promise<boolean> {
    return this.#map.has(keyString(key));
  }

  override async query(query: Query): Promise<Cursor<V>> {
    return this._query(checkQuery(query));
  }

  protected _get(key: Key): V | undefined {
    return this.#map.get(key.toString());
  }

  protected _put(key: Key, value: V): void {
    this.#map.set(key.toString(), value);
  }

  protected _delete(key: Key): void {
    this.#map.delete(key.toString());
  }

  protected override _query(query: Query): Cursor<V> {
    return query.applyEntries(collectionEntries(this.#map, query));
  }
}

/** Alias of DictDatastore, the name js-stores uses. */
export const MemoryDatastore = DictDatastore;
/** Alias of DictDatastore, the name js-stores uses. */
export type MemoryDatastore<V = unknown> = DictDatastore<V>;

/** The entries of `map` in the query's collection, in ascending key order (a snapshot). */
export function collectionEntries<V>(map: ReadonlyMap<string, V>, query: Query): Entry<V>[] {
  const collection = query.key.toString();
  const keys: string[] = [];
  for (const k of map.keys()) if (pathString(k) === collection) keys.push(k);
  keys.sort();
  return keys.map((k) => ({ key: new Key(k), value: map.get(k) as V }));
}
