// SerializerShimDatastore: serialises values on the way into a child store and parses them on the way out.

import type { Cursor, Entry } from '../cursor.ts';
import { InvalidArgTypeError, SerializationError } from '../errors.ts';
import type { Key } from '../key.ts';
import { Query } from '../query.ts';
import { isSerializer, json, type Serializer } from '../serializers.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';

/** Options of SerializerShimDatastore. */
export interface SerializerShimOptions<V, S> {
  /** Defaults to `json`. */
  serializer?: Serializer<V, S>;
}

/**
 * Stores `serializer.dumps(value)` in the child and returns `serializer.loads(data)`.
 * @example const ds = new SerializerShimDatastore(new DictDatastore<string>()); await ds.put('/a', { n: 1 });
 */
export class SerializerShimDatastore<V = unknown, S = string> extends BaseDatastore<V> {
  protected override readonly storeName = 'serializer';
  /** The store holding serialised values. */
  readonly child: Datastore<S>;
  /** The serializer in use. */
  readonly serializer: Serializer<V, S>;

  constructor(child: Datastore<S>, options: SerializerShimOptions<V, S> = {}) {
    super();
    const serializer = options.serializer ?? (json as unknown as Serializer<V, S>);
    if (!isSerializer(serializer)) {
      throw new InvalidArgTypeError(
        '[datastore] [serializer] option serializer must have loads and dumps functions',
      );
    }
    this.child = checkStore(child, 'SerializerShimDatastore child');
    this.serializer = serializer;
  }

  protected async _get(key: Key): Promise<V | undefined> {
    const data = await this.child.get(key);
    return data === undefined ? undefined : this.#loads(key, data);
  }

  protected _put(key: Key, value: V): Promise<void> {
    let data: S;
    try {
      data = this.serializer.dumps(value);
    } catch (cause) {
      throw new SerializationError(
        `[datastore] [serializer] cannot serialise the value for ${key}`,
        { cause },
      );
    }
    return this.child.put(key, data);
  }

  protected _delete(key: Key): Promise<void> {
    return this.child.delete(key);
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.child.contains(key);
  }

  // The child only selects the collection; filters and orders need parsed values, so they run here.
  protected override async _query(query: Query): Promise<Cursor<V>> {
    const cursor = await this.child.query(new Query(query.key, { offsetKey: query.offsetKey }));
    return query.applyEntries(this.#parsed(cursor.entries()));
  }

  async *#parsed(entries: AsyncIterable<Entry<S>>): AsyncGenerator<Entry<V>> {
    for await (const { key, value } of entries) yield { key, value: this.#loads(key, value) };
  }

  #loads(key: Key | undefined, data: S): V {
    try {
      return this.serializer.loads(data);
    } catch (cause) {
      throw new SerializationError(
        `[datastore] [serializer] cannot parse the value at ${String(key)}`,
        { cause },
      );
    }
  }
}
