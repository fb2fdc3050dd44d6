// RedisDatastore: values and a per-collection sorted-set index in Redis, through the official client; Node only.

import { createClient } from 'redis';
import { Cursor, type Entry } from '../cursor.ts';
import { Key, pathString } from '../key.ts';
import type { Query } from '../query.ts';
import type { Serializer } from '../serializers.ts';
import { BackendDatastore, DEFAULT_TIMEOUT_MS, TextCodec, withTimeout } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
import { paging } from './_paging.ts';

export type { Capabilities } from './_capabilities.ts';

/** A node-redis client, as `createClient()` returns it. */
export type RedisClient = ReturnType<typeof createClient>;

/** Options of `new RedisDatastore(clientOrUrl, options)`. */
export interface RedisDatastoreOptions {
  /** Prepended to every Redis key this store writes; default `datastore:`. */
  prefix?: string;
  /** How long one call may take before it rejects with a BackendError; default 5000 ms. */
  timeoutMs?: number;
  /** How values become strings; default JSON. */
  serializer?: Serializer<unknown, string>;
}

/** Keys read per round trip while a query streams. */
const PAGE_SIZE = 256;

/**
 * A store in Redis. Each value is a string; each collection keeps a sorted set of its members'
 * keys (all score 0, so Redis orders them lexicographically), written in the same MULTI as the
 * value, so a query reads its collection in key order with offsetKey and limit done by ZRANGE.
 * @example const ds = new RedisDatastore('redis://127.0.0.1:6379'); await ds.put('/a', 1);
 */
export class RedisDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'redis';
  readonly capabilities: Capabilities = REDIS_CAPABILITIES;
  /** The client; created (and closed) by the store when it was given a URL. */
  readonly client: RedisClient;
  /** The most recent connection error the client reported, if any. */
  lastConnectionError: Error | undefined;
  readonly #owned: boolean;
  readonly #prefix: string;
  readonly #timeoutMs: number;
  readonly #codec: TextCodec;
  #connecting: Promise<unknown> | undefined;

  /** Uses `client` as it is, or connects to `url` (`redis://host:port`) on first use. */
  constructor(clientOrUrl: RedisClient | string, options: RedisDatastoreOptions = {}) {
    super();
    this.#prefix = options.prefix ?? 'datastore:';
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#codec = new TextCodec('redis', options.serializer);
    this.#owned = typeof clientOrUrl === 'string';
    this.client = this.#owned
      ? connect(clientOrUrl as string, this.#timeoutMs)
      : (clientOrUrl as RedisClient);
    // Without a listener an 'error' event would crash the process; the call that needed the
    // connection rejects on its own (no offline queue), so the event is only recorded.
    if (this.#owned) this.client.on('error', (error: Error) => (this.lastConnectionError = error));
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.#call('get', key, async (c) => {
      const stored = await c.get(this.#valueKey(key.toString()));
      return stored === null ? undefined : (this.#codec.loads(key, stored) as V);
    });
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.#call(
      'contains',
      key,
      async (c) => (await c.exists(this.#valueKey(key.toString()))) === 1,
    );
  }

  protected _put(key: Key, value: V): Promise<void> {
    const k = key.toString();
    const data = this.#codec.dumps(key, value);
    return this.#call('put', key, async (c) => {
      // One MULTI: the value and its index entry appear together or not at all.
      await c
        .multi()
        .set(this.#valueKey(k), data)
        .zAdd(this.#indexKey(k), { score: 0, value: k })
        .exec();
    });
  }

  protected _delete(key: Key): Promise<void> {
    const k = key.toString();
    return this.#call('delete', key, async (c) => {
      await c.multi().del(this.#valueKey(k)).zRem(this.#indexKey(k), k).exec();
    });
  }

  protected _queryOpen(query: Query): Cursor<V> {
    return query.applyEntries(this.#entries(query));
  }

  protected async _close(): Promise<void> {
    if (!this.#owned) return;
    // close() waits for replies in flight; a client that never connected is just destroyed.
    if (this.client.isOpen) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
  }

  // Reads the collection's index a page at a time (ZRANGE BYLEX … LIMIT), then the values (MGET).
  async *#entries(query: Query): AsyncGenerator<Entry<V>> {
    const collection = query.key.toString();
    const index = `${this.#prefix}i:${collection}`;
    let { after, take } = paging(query);
    while (take === undefined || take > 0) {
      const count = take === undefined ? PAGE_SIZE : Math.min(take, PAGE_SIZE);
      const from = after === undefined ? '-' : `(${after}`;
      const keys = await this.#call('query', collection, (c) =>
        c.zRange(index, from, '+', { BY: 'LEX', LIMIT: { offset: 0, count } }),
      );
      if (keys.length === 0) return;
      const values = await this.#call('query', collection, (c) =>
        c.mGet(keys.map((k) => this.#valueKey(k))),
      );
      for (const [i, k] of keys.entries()) {
        const stored = values[i];
        if (stored != null) yield { key: new Key(k), value: this.#codec.loads(k, stored) as V };
      }
      if (keys.length < count) return;
      after = keys[keys.length - 1];
      if (take !== undefined) take -= keys.length;
    }
  }

  #call<T>(
    op: string,
    key: Key | string,
    command: (client: RedisClient) => Promise<T>,
  ): Promise<T> {
    return this.run(op, key, () =>
      withTimeout(this.#connected().then(command), this.#timeoutMs, 'redis', op, key),
    );
  }

  #connected(): Promise<RedisClient> {
    if (!this.#owned || this.client.isOpen) return Promise.resolve(this.client);
    this.#connecting ??= this.client.connect().finally(() => (this.#connecting = undefined));
    return this.#connecting.then(() => this.client);
  }

  #valueKey(k: string): string {
    return `${this.#prefix}v:${k}`;
  }

  #indexKey(k: string): string {
    return `${this.#prefix}i:${pathString(k)}`;
  }
}

/** What RedisDatastore can do. */
export const REDIS_CAPABILITIES: Capabilities = {
  query: true,
  keyOrder: true,
  pushdown: { offsetKey: true, limit: true },
  ttl: false,
  atomicity: 'value and index change in one MULTI/EXEC transaction',
};

// --- Internal helpers ---

function connect(url: string, timeoutMs: number): RedisClient {
  return createClient({
    url,
    // No offline queue: while the server is away, calls fail at once instead of piling up.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
    },
  });
}
