// TieredDatastore: a stack of stores, fastest first; reads backfill the tiers above the hit.

import type { Cursor } from '../cursor.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStores } from './_checks.ts';

/**
 * Tiers of stores: `get` returns the first hit and copies it into the tiers above;
 * `put` and `delete` go to every tier; `query` asks the last tier.
 * @example const ds = new TieredDatastore([new LRUCache(100), new DictDatastore()]);
 */
export class TieredDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'tiered';
  /** The tiers, first checked first. */
  readonly stores: readonly Datastore<V>[];

  constructor(stores: readonly Datastore<NoInfer<V>>[]) {
    super();
    this.stores = checkStores(stores, 'TieredDatastore');
  }

  protected async _get(key: Key): Promise<V | undefined> {
    for (let i = 0; i < this.stores.length; i++) {
      const value = await (this.stores[i] as Datastore<V>).get(key);
      if (value === undefined) continue;
      for (let j = 0; j < i; j++) await (this.stores[j] as Datastore<V>).put(key, value);
      return value;
    }
    return undefined;
  }

  protected async _put(key: Key, value: V): Promise<void> {
    for (const store of this.stores) await store.put(key, value);
  }

  protected async _delete(key: Key): Promise<void> {
    for (const store of this.stores) await store.delete(key);
  }

  protected override async _contains(key: Key): Promise<boolean> {
    for (const store of this.stores) if (await store.contains(key)) return true;
    return false;
  }

  protected override _query(query: Query): Promise<Cursor<V>> {
    return (this.stores[this.stores.length - 1] as Datastore<V>).query(query);
  }
}
