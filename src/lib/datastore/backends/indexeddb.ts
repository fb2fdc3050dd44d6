// IndexedDBDatastore: structured-clone values in one IndexedDB object store, through idb; browser only.

import { wrap, type IDBPDatabase } from 'idb';
import type { Cursor, Entry } from '../cursor.ts';
import { InvalidArgTypeError, SerializationError } from '../errors.ts';
import { Key, pathString } from '../key.ts';
import type { Query } from '../query.ts';
import { BackendDatastore, DEFAULT_TIMEOUT_MS, withTimeout } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
import { OnceUntilFailure } from './_once-until-failure.ts';
import { paging } from './_paging.ts';

export type { Capabilities } from './_capabilities.ts';

/**
 * Options of `new IndexedDBDatastore(name, options)`. The factory is passed in rather than read
 * from the page; idb itself still expects the IDB classes (`IDBRequest`, …) as globals, which
 * browsers and workers have (in Node, fake-indexeddb's `auto` entry installs them).
 */
export interface IndexedDBDatastoreOptions {
  /** The IndexedDB factory (the page's or worker's `indexedDB`, or fake-indexeddb's in Node). */
  indexedDB: IDBFactory;
  /** The matching `IDBKeyRange` constructor, for collection queries. */
  IDBKeyRange: typeof IDBKeyRange;
  /** How long opening the database may take (another tab can block an upgrade); default 5000 ms. */
  timeoutMs?: number;
}

const STORE = 'datastore';
/** Values read per transaction while a query streams. */
const PAGE_SIZE = 256;

/**
 * A store in the browser's IndexedDB. Each value is kept as a structured clone (a Date stays a
 * Date) under the IndexedDB key `[collection, key]`, so the members of a collection are neighbours
 * in key order, and a query is one key range with offsetKey and limit in the range and the count.
 * @example const ds = new IndexedDBDatastore('notes', { indexedDB, IDBKeyRange }); await ds.put('/a', new Date());
 */
export class IndexedDBDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'indexeddb';
  readonly capabilities: Capabilities = INDEXEDDB_CAPABILITIES;
  /** The database name. */
  readonly name: string;
  readonly #options: IndexedDBDatastoreOptions;
  readonly #db = new OnceUntilFailure(() => {
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const opening = openDatabase(this.#options.indexedDB, this.name);
    return withTimeout(opening, timeoutMs, 'indexeddb', 'open', undefined);
  });

  constructor(name: string, options: IndexedDBDatastoreOptions) {
    super();
    if (
      typeof options?.indexedDB?.open !== 'function' ||
      typeof options.IDBKeyRange?.bound !== 'function'
    ) {
      throw new InvalidArgTypeError(
        '[datastore] [indexeddb] pass { indexedDB, IDBKeyRange } from the page (or from fake-indexeddb in Node)',
      );
    }
    this.name = name;
    this.#options = options;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.run('get', key, async () => {
      return (await (await this.#open()).get(STORE, idbKey(key))) as V | undefined;
    });
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.run(
      'contains',
      key,
      async () => (await (await this.#open()).count(STORE, idbKey(key))) > 0,
    );
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.run('put', key, async () => {
      const db = await this.#open();
      try {
        // One put in its own transaction: readers see the old value or the new one.
        await db.put(STORE, value, idbKey(key));
      } catch (error) {
        if ((error as { name?: string })?.name !== 'DataCloneError') throw error;
        throw new SerializationError(
          `[datastore] [indexeddb] cannot store the value for ${key}: it cannot be cloned`,
          { cause: error },
        );
      }
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.run('delete', key, async () => (await this.#open()).delete(STORE, idbKey(key)));
  }

  protected _queryOpen(query: Query): Cursor<V> {
    return query.applyEntries(this.#entries(query));
  }

  protected async _close(): Promise<void> {
    (await this.#db.started?.catch(() => undefined))?.close();
  }

  // Pages through [collection, after] (exclusive) up to [collection, []]: in IndexedDB every
  // array sorts after every string, so that is the end of the collection.
  async *#entries(query: Query): AsyncGenerator<Entry<V>> {
    const collection = query.key.toString();
    let { after, take } = paging(query);
    while (take === undefined || take > 0) {
      const count = take === undefined ? PAGE_SIZE : Math.min(take, PAGE_SIZE);
      const { IDBKeyRange } = this.#options;
      const range = IDBKeyRange.bound([collection, after ?? ''], [collection, []], true);
      const [keys, values] = await this.run('query', collection, async () => {
        const tx = (await this.#open()).transaction(STORE);
        // One transaction: the keys and the values are read from the same snapshot.
        return Promise.all([tx.store.getAllKeys(range, count), tx.store.getAll(range, count)]);
      });
      for (const [i, k] of keys.entries()) {
        yield { key: new Key((k as [string, string])[1]), value: values[i] as V };
      }
      if (keys.length < count) return;
      after = (keys[keys.length - 1] as [string, string])[1];
      if (take !== undefined) take -= keys.length;
    }
  }

  #open(): Promise<IDBPDatabase> {
    return this.#db.run();
  }
}

/** What IndexedDBDatastore can do. */
export const INDEXEDDB_CAPABILITIES: Capabilities = {
  query: true,
  keyOrder: true,
  pushdown: { offsetKey: true, limit: true },
  ttl: false,
  atomicity: 'each write is one IndexedDB transaction',
};

// --- Internal helpers ---

/** The IndexedDB key of a datastore key: its collection first, so collections are key ranges. */
function idbKey(key: Key): [string, string] {
  const k = key.toString();
  return [pathString(k), k];
}

async function openDatabase(factory: IDBFactory, name: string): Promise<IDBPDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return (await wrap(request)) as IDBPDatabase;
}
