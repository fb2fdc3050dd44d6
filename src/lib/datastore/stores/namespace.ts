// NamespaceDatastore: keeps every key below a namespace key in its child.

import { Key, type KeyLike } from '../key';
import type { Datastore } from '../store';
import { KeyTransformDatastore } from './key-transform';

/**
 * Stores `/a` at `namespace/a` in the child; query cursors report keys in the outer key space.
 * @example const ds = new NamespaceDatastore('/users', child); await ds.put('/alice', 1); await child.get('/users/alice') // 1
 */
export class NamespaceDatastore<V = unknown> extends KeyTransformDatastore<V> {
  protected override readonly storeName = 'namespace';
  /** The key every stored key lives under. */
  readonly namespace: Key;

  constructor(namespace: KeyLike, child: Datastore<NoInfer<V>>) {
    const ns = Key.from(namespace);
    super(child, { transform: (key) => ns.child(key), invert: (key) => stripNamespace(ns, key) });
    this.namespace = ns;
  }
}

function stripNamespace(ns: Key, key: Key): Key {
  if (ns.toString() === '/') return key;
  if (key.equals(ns)) return new Key('/');
  return ns.isAncestorOf(key) ? new Key(key.toString().slice(ns.toString().length)) : key;
}
