// NamespaceDatastore: keeps every key below a namespace key in its child.

import type { Cursor, Entry } from '../cursor.ts';
import { Key, type KeyLike } from '../key.ts';
import { Query } from '../query.ts';
import type { Datastore } from '../store.ts';
import { KeyTransformDatastore } from './key-transform.ts';

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

  // The outer root key `/` (whose path is `/`) lives at the namespace key itself, outside the
  // child's collection: a query on `/` puts it first (it sorts first) and runs the pipeline here.
  protected override async _query(query: Query): Promise<Cursor<V>> {
    const atRoot = query.key.toString() === '/' && this.namespace.toString() !== '/';
    const root = atRoot ? await this.child.get(this.namespace) : undefined;
    if (root === undefined) return super._query(query);
    const rest = await super._query(new Query('/', { offsetKey: query.offsetKey }));
    return query.applyEntries(withFirst({ key: new Key('/'), value: root }, rest.entries()));
  }
}

function stripNamespace(ns: Key, key: Key): Key {
  if (ns.toString() === '/') return key;
  if (key.equals(ns)) return new Key('/');
  return ns.isAncestorOf(key) ? new Key(key.toString().slice(ns.toString().length)) : key;
}

async function* withFirst<V>(first: Entry<V>, rest: AsyncIterable<Entry<V>>) {
  yield first;
  yield* rest;
}
