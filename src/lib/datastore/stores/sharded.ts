// ShardedDatastore: spreads keys over several stores by a shard function; queries merge every shard.

import { describe } from '../_utils.ts';
import { Cursor, type Entry } from '../cursor.ts';
import { Key } from '../key.ts';
import { compareByOrders } from '../order.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStores } from './_checks.ts';
import { InvalidArgTypeError, OutOfRangeError } from '../errors.ts';

/** Options of ShardedDatastore. */
export interface ShardedOptions {
  /** Maps a key to a whole number; the key lives in shard `shard(key) % stores.length`. Default `key.hash()`. */
  shard?: (key: Key) => number;
}

/**
 * Each key lives in exactly one shard; `query` combines all shards with correct orders, offset and limit.
 * @example const ds = new ShardedDatastore([new DictDatastore(), new DictDatastore()]);
 */
export class ShardedDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'sharded';
  /** The shards. */
  readonly stores: readonly Datastore<V>[];
  readonly #shard: (key: Key) => number;

  constructor(stores: readonly Datastore<NoInfer<V>>[], options: ShardedOptions = {}) {
    super();
    this.stores = checkStores(stores, 'ShardedDatastore');
    const shard = options.shard ?? ((key: Key) => key.hash());
    if (typeof shard !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] [sharded] option shard must be a function, got ${describe(shard)}`,
      );
    }
    this.#shard = shard;
  }

  /**
   * The shard that holds `key`.
   * @example ds.shardFor('/a') === ds.stores[new Key('/a').hash() % 2] // true
   */
  shardFor(key: Key | string): Datastore<V> {
    const k = Key.from(key);
    const n = this.#shard(k);
    if (!Number.isSafeInteger(n)) {
      throw new OutOfRangeError(
        `[datastore] [sharded] shard function returned ${describe(n)} for ${k}; expected a whole number`,
      );
    }
    const len = this.stores.length;
    return this.stores[((n % len) + len) % len] as Datastore<V>;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.shardFor(key).get(key);
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.shardFor(key).put(key, value);
  }

  protected _delete(key: Key): Promise<void> {
    return this.shardFor(key).delete(key);
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.shardFor(key).contains(key);
  }

  // Shards filter; orders, offset and limit apply to the union here (the original applied them per shard).
  // Without orders, each shard needs at most offset + limit results.
  protected override async _query(query: Query): Promise<Cursor<V>> {
    const sub = query.copy();
    sub.orders = [];
    sub.offset = 0;
    sub.limit =
      query.orders.length > 0 || query.limit === undefined ? undefined : query.offset + query.limit;
    const lists = await Promise.all(
      this.stores.map(async (s) => (await s.query(sub.copy())).toEntries()),
    );
    // Each shard's list is in key order, so this stable sort mostly merges runs (TimSort): O(n log shards).
    const all = lists.flat();
    all.sort(
      (a, b) =>
        compareByOrders(a.value, b.value, query.orders, query.getField) || compareKeys(a, b),
    );
    return new Cursor(all, { offset: query.offset, limit: query.limit });
  }
}

// --- Internal helpers ---

function compareKeys(a: Entry<unknown>, b: Entry<unknown>): number {
  if (a.key === undefined || b.key === undefined) return 0;
  return Key.compare(a.key, b.key);
}
