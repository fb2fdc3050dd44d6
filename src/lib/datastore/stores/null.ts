// NullDatastore: stores nothing; every read misses and every query is empty.

import { Cursor } from '../cursor.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore } from '../store.ts';

/**
 * A store that keeps nothing, like `/dev/null`.
 * @example await new NullDatastore().get('/a') // undefined
 */
export class NullDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'null';

  protected _get(_key: Key): undefined {
    return undefined;
  }

  protected _put(_key: Key, _value: V): void {}

  protected _delete(_key: Key): void {}

  protected override _query(_query: Query): Cursor<V> {
    return new Cursor<V>([]);
  }
}
