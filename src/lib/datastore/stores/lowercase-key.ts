// LowercaseKeyDatastore: a KeyTransformDatastore that lowercases every key.

import { Key } from '../key.ts';
import type { Datastore } from '../store.ts';
import { KeyTransformDatastore } from './key-transform.ts';

/**
 * Makes keys case-insensitive by lowercasing them; one-way, so query cursors leave `lastKey` undefined.
 * @example const ds = new LowercaseKeyDatastore(new DictDatastore()); await ds.put('/A', 1); await ds.get('/a') // 1
 */
export class LowercaseKeyDatastore<V = unknown> extends KeyTransformDatastore<V> {
  protected override readonly storeName = 'lowercase';

  constructor(child: Datastore<NoInfer<V>>) {
    super(child, { transform: (key) => new Key(key.toString().toLowerCase()) });
  }
}
