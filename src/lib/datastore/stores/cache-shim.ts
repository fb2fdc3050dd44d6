// CacheShimDatastore: a child store fronted by a cache store.

import type { Cursor } from '../cursor.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';

/** Options of CacheShimDatastore. */
export interface CacheShimOptions<V> {
  /** The faster store read first. */
  cache: Datastore<V>;
  /** Copy a value found only in the child into the cache. Default false. */
  readThrough?: boolean;
}

/**
 * Reads the cache, then the child; writes and deletes go to both; queries go to the child.
 * @example const ds = new CacheShimDatastore(new DictDatastore(), { cache: new LRUCache(100), readThrough: true });
 */
export class CacheShimDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'cache-shim';
  /** The authoritative store. */
  readonly child: Datastore<V>;
  /** The cache in front of it. */
  readonly cache: Datastore<V>;
  readonly #readThrough: boolean;

  constructor(child: Datastore<NoInfer<V>>, options: CacheShimOptions<NoInfer<V>>) {
    super();
    this.child = checkStore(child, 'CacheShimDatastore child');
    this.cache = checkStore(options?.cache, 'CacheShimDatastore option cache');
    this.#readThrough = options.readThrough === true;
  }

  protected async _get(key: Key): Promise<V | undefined> {
    const cached = await this.cache.get(key);
    if (cached !== undefined) return cached;
    const value = await this.child.get(key);
    if (value !== undefined && this.#readThrough) await this.cache.put(key, value);
    return value;
  }

  // The child is written first so a failed write never leaves a value only in the cache.
  protected async _put(key: Key, value: V): Promise<void> {
    await this.child.put(key, value);
    await this.cache.put(key, value);
  }

  protected async _delete(key: Key): Promise<void> {
    await this.cache.delete(key);
    await this.child.delete(key);
  }

  protected override async _contains(key: Key): Promise<boolean> {
    return (await this.cache.contains(key)) || this.child.contains(key);
  }

  protected override _query(query: Query): Promise<Cursor<V>> {
    return this.child.query(query);
  }
}
