// IndexedDBDatastore: structured-clone values in one IndexedDB object store, through idb; browser only.

import { wrap, type IDBPDatabase } from 'idb';
import { Cursor, type Entry } from '../cursor.ts';
import { SerializationError } from '../errors.ts';
import { Key, pathString } from '../key.ts';
import type { Query } from '../query.ts';
import { BackendDatastore, DEFAULT_TIMEOUT_MS, withTimeout } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
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

/** One stored record: the key string, its collection, and the value as a structured clone. */
interface StoredRecord {
  k: string;
  p: string;
  v: unknown;
}

const STORE = 'datastore';
const BY_COLLECTION = 'collection';
/** Records read per transaction while a query streams. */
const PAGE_SIZE = 256;

/**
 * A store in the browser's IndexedDB. Values are kept as structured clones (a Date stays a Date);
 * a query is a key range over a (collection, key) index, with offsetKey and limit in the range.
 * @example const ds = new IndexedDBDatastore('notes', { indexedDB, IDBKeyRange }); await ds.put('/a', new Date());
 */
export class IndexedDBDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'indexeddb';
  readonly capabilities: Capabilities = INDEXEDDB_CAPABILITIES;
  /** The database name. */
  readonly name: string;
  readonly #options: IndexedDBDatastoreOptions;
  #db: Promise<IDBPDatabase> | undefined;

  constructor(name: string, options: IndexedDBDatastoreOptions) {
    super();
    if (
      typeof options?.indexedDB?.open !== 'function' ||
      typeof options.IDBKeyRange?.bound !== 'function'
    ) {
      throw new TypeError(
        '[datastore] [indexeddb] pass { indexedDB, IDBKeyRange } from the page (or from fake-indexeddb in Node)',
      );
    }
    this.name = name;
    this.#options = options;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.run('get', key, async () => {
      const record = (await (await this.#open()).get(STORE, key.toString())) as
        StoredRecord | undefined;
      return record === undefined ? undefined : (record.v as V);
    });
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.run(
      'contains',
      key,
      async () => (await (await this.#open()).count(STORE, key.toString())) > 0,
    );
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.run('put', key, async () => {
      const k = key.toString();
      const db = await this.#open();
      try {
        // One put in its own transaction: readers see the old record or the new one.
        await db.put(STORE, { k, p: pathString(k), v: value } satisfies StoredRecord);
      } catch (error) {
        if ((error as { name?: string })?.name !== 'DataCloneError') throw error;
        throw new SerializationError(
          `[datastore] [indexeddb] cannot store the value for ${k}: it cannot be cloned`,
          {
            cause: error,
          },
        );
      }
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.run('delete', key, async () => (await this.#open()).delete(STORE, key.toString()));
  }

  protected _queryOpen(query: Query): Cursor<V> {
    return query.applyEntries(this.#entries(query));
  }

  protected async _close(): Promise<void> {
    if (this.#db) (await this.#db.catch(() => undefined))?.close();
  }

  // Pages through the (collection, key) index: [collection, after] exclusive up to [collection, []],
  // since in IndexedDB every array sorts after every string.
  async *#entries(query: Query): AsyncGenerator<Entry<V>> {
    const collection = query.key.toString();
    let { after, take } = paging(query);
    while (take === undefined || take > 0) {
      const count = take === undefined ? PAGE_SIZE : Math.min(take, PAGE_SIZE);
      const range = this.#options.IDBKeyRange.bound(
        [collection, after ?? ''],
        [collection, []],
        after !== undefined,
      );
      const records = (await this.run('query', collection, async () =>
        (await this.#open()).getAllFromIndex(STORE, BY_COLLECTION, range, count),
      )) as StoredRecord[];
      for (const r of records) yield { key: new Key(r.k), value: r.v as V };
      if (records.length < count) return;
      after = records[records.length - 1]!.k;
      if (take !== undefined) take -= records.length;
    }
  }

  #open(): Promise<IDBPDatabase> {
    this.#db ??= withTimeout(
      openDatabase(this.#options.indexedDB, this.name),
      this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      'indexeddb',
      'open',
      undefined,
    );
    this.#db.catch(() => (this.#db = undefined)); // a failed open is retried by the next call
    return this.#db;
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

async function openDatabase(factory: IDBFactory, name: string): Promise<IDBPDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'k' });
    store.createIndex(BY_COLLECTION, ['p', 'k']);
  };
  return (await wrap(request)) as IDBPDatabase;
}
