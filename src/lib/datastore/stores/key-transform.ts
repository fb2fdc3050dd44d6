// KeyTransformDatastore: rewrites every key with a function before passing operations to its child.

import { describe } from '../_utils.ts';
import { Cursor } from '../cursor.ts';
import { Key, type KeyLike } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';
import { InvalidArgTypeError } from '../errors.ts';

/** Options of KeyTransformDatastore. */
export interface KeyTransformOptions {
  /** Maps an outer key to the child's key. */
  transform: (key: Key) => KeyLike;
  /** Maps a child key back; without it, query cursors leave `lastKey` undefined. */
  invert?: (key: Key) => KeyLike;
}

/**
 * Passes every operation to the child under `transform(key)`; queries run on `transform(query.key)`.
 * @example new KeyTransformDatastore(child, { transform: (k) => k.reverse })
 */
export class KeyTransformDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName: string = 'key-transform';
  /** The store holding the transformed keys. */
  readonly child: Datastore<V>;
  readonly #transform: (key: Key) => KeyLike;
  readonly #invert: ((key: Key) => KeyLike) | undefined;

  constructor(child: Datastore<NoInfer<V>>, options: KeyTransformOptions) {
    super();
    this.child = checkStore(child, 'KeyTransformDatastore child');
    if (typeof options?.transform !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] [key-transform] option transform must be a function, got ${describe(options?.transform)}`,
      );
    }
    if (options.invert !== undefined && typeof options.invert !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] [key-transform] option invert must be a function, got ${describe(options.invert)}`,
      );
    }
    this.#transform = options.transform;
    this.#invert = options.invert;
  }

  /**
   * The child key for `key`.
   * @example new LowercaseKeyDatastore(child).transformKey('/A') // Key('/a')
   */
  transformKey(key: KeyLike): Key {
    return Key.from(this.#transform(Key.from(key)));
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.child.get(this.transformKey(key));
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.child.put(this.transformKey(key), value);
  }

  protected _delete(key: Key): Promise<void> {
    return this.child.delete(this.transformKey(key));
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.child.contains(this.transformKey(key));
  }

  protected override async _query(query: Query): Promise<Cursor<V>> {
    const inner = query.withKey(this.transformKey(query.key));
    if (query.offsetKey) inner.offsetKey = this.transformKey(query.offsetKey);
    const cursor = await this.child.query(inner);
    const invert = this.#invert;
    return Cursor.map(cursor, ({ key, value }) => ({
      key: invert && key ? Key.from(invert(key)) : undefined,
      value,
    }));
  }
}
