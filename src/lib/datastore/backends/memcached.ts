// MemcachedDatastore: values in memcached through memjs (binary protocol); no queries; Node only.

import memjs from 'memjs';
import { InvalidKeyError, NotSupportedError, OutOfRangeError } from '../errors.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import type { Serializer } from '../serializers.ts';
import { BackendDatastore, DEFAULT_TIMEOUT_MS, TextCodec, withTimeout } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';

export type { Capabilities } from './_capabilities.ts';

/** A memjs client. */
export type MemcachedClient = memjs.Client;

/** Options of `new MemcachedDatastore(clientOrServers, options)`. */
export interface MemcachedDatastoreOptions {
  /** Prepended to every memcached key; default `datastore:`. */
  prefix?: string;
  /** Seconds until a value expires (0, the default: never, or until memcached evicts it). */
  ttl?: number;
  /** How long one call may take before it rejects with a BackendError; default 5000 ms. */
  timeoutMs?: number;
  /** How values become strings; default JSON. */
  serializer?: Serializer<unknown, string>;
}

/** The longest key memcached accepts, in bytes. */
export const MAX_MEMCACHED_KEY_BYTES = 250;

/**
 * A store in memcached. Keys are escaped (space, control characters, `%` and non-ASCII as `%XX`)
 * so any Key is a valid memcached key; a key still longer than 250 bytes is refused with an
 * InvalidKeyError, never truncated. Memcached cannot list keys, so `query` is not supported.
 * @example const ds = new MemcachedDatastore('127.0.0.1:11211', { ttl: 60 }); await ds.put('/a', 1);
 */
export class MemcachedDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'memcached';
  readonly capabilities: Capabilities = MEMCACHED_CAPABILITIES;
  /** The memjs client; created (and closed) by the store when it was given server addresses. */
  readonly client: MemcachedClient;
  readonly #owned: boolean;
  readonly #prefix: string;
  readonly #ttl: number;
  readonly #timeoutMs: number;
  readonly #codec: TextCodec;

  /** Uses `client`, or connects to `servers` (`host:port`, comma-separated) on first use. */
  constructor(clientOrServers: MemcachedClient | string, options: MemcachedDatastoreOptions = {}) {
    super();
    this.#prefix = options.prefix ?? 'datastore:';
    this.#ttl = options.ttl ?? 0;
    if (!Number.isInteger(this.#ttl) || this.#ttl < 0) {
      throw new OutOfRangeError(
        `[datastore] [memcached] ttl must be whole seconds ≥ 0, got ${this.#ttl}`,
      );
    }
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#codec = new TextCodec('memcached', options.serializer);
    this.#owned = typeof clientOrServers === 'string';
    this.client = this.#owned
      ? memjs.Client.create(clientOrServers as string, {
          timeout: this.#timeoutMs / 1000,
          retries: 1,
          logger: { log: () => {} }, // failures reach the caller as BackendErrors instead
        })
      : (clientOrServers as MemcachedClient);
  }

  /** The memcached key of `key` (escaped and prefixed); throws InvalidKeyError when too long. */
  memcachedKey(key: Key): string {
    const escaped = this.#prefix + escapeKey(key.toString());
    if (escaped.length > MAX_MEMCACHED_KEY_BYTES) {
      throw new InvalidKeyError(
        `[datastore] [memcached] key ${String(key)} is ${escaped.length} bytes as a memcached key; memcached allows ${MAX_MEMCACHED_KEY_BYTES}`,
      );
    }
    return escaped;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.#call('get', key, async (c, k) => {
      const { value } = await c.get(k);
      return value === null ? undefined : (this.#codec.loads(key, value.toString('utf8')) as V);
    });
  }

  protected _put(key: Key, value: V): Promise<void> {
    const data = this.#codec.dumps(key, value);
    return this.#call('put', key, async (c, k) => {
      await c.set(k, data, { expires: this.#ttl });
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.#call('delete', key, async (c, k) => {
      await c.delete(k);
    });
  }

  protected _queryOpen(query: Query): never {
    throw new NotSupportedError(
      `[datastore] [memcached] query is not supported: memcached cannot list keys (key ${query.key})`,
    );
  }

  protected _close(): void {
    if (this.#owned) this.client.close();
  }

  #call<T>(op: string, key: Key, command: (client: MemcachedClient, k: string) => Promise<T>) {
    return this.run(op, key, () => {
      const k = this.memcachedKey(key);
      return withTimeout(command(this.client, k), this.#timeoutMs, 'memcached', op, key);
    });
  }
}

/** What MemcachedDatastore can do. */
export const MEMCACHED_CAPABILITIES: Capabilities = {
  query: false,
  keyOrder: false,
  pushdown: { offsetKey: false, limit: false },
  ttl: true,
  atomicity: 'each set replaces the whole value',
};

// --- Internal helpers ---

/** Escapes bytes memcached keys cannot hold (and `%` itself), so the mapping stays injective. */
function escapeKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const plain = byte > 0x20 && byte < 0x7f && byte !== 0x25;
    out += plain
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
