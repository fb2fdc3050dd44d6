// Internal: the base of every real backend: error wrapping, timeouts, serialisation, close().
/// <reference lib="esnext.disposable" />

import type { Cursor } from '../cursor.ts';
import { BackendError, DatastoreError, SerializationError, StoreClosedError } from '../errors.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { json, type Serializer } from '../serializers.ts';
import { BaseDatastore } from '../store.ts';
import type { Capabilities } from './_capabilities.ts';

/** How long a remote call may take before it rejects with a BackendError. */
export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * A store over a real engine. Subclasses implement `_get`, `_put`, `_delete`, `_query` and
 * `_close` through `run`, which turns engine failures into `BackendError`s naming the key.
 */
export abstract class BackendDatastore<V = unknown>
  extends BaseDatastore<V>
  implements AsyncDisposable
{
  /** What this backend can do: query, key order, pushed-down paging, TTL, atomicity. */
  abstract readonly capabilities: Capabilities;
  #closed = false;
  #closing: Promise<void> | undefined;

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Releases connections and file handles; later calls reject with StoreClosedError. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= Promise.resolve().then(() => this._close());
    return this.#closing;
  }

  /** `await using store = …` closes the store at the end of the block. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  protected abstract _close(): void | Promise<void>;

  /**
   * Runs one engine call for `op` on `key`: refuses after close, and wraps any failure that is
   * not already a datastore error (or a programmer's TypeError/RangeError) in a BackendError.
   */
  protected async run<T>(op: string, key: Key | string | undefined, call: () => Promise<T>) {
    if (this.#closed) {
      throw new StoreClosedError(
        `[datastore] [${this.storeName}] cannot ${op}${key === undefined ? '' : ` ${String(key)}`}: the store is closed`,
      );
    }
    try {
      return await call();
    } catch (error) {
      throw toBackendError(error, this.storeName, op, key);
    }
  }

  protected override _query(query: Query): Promise<Cursor<V>> {
    return this.run('query', query.key, async () => this._queryOpen(query));
  }

  /** The query itself; `run` already checked the store is open. */
  protected abstract _queryOpen(query: Query): Cursor<V> | Promise<Cursor<V>>;
}

/** Wraps an engine failure as a BackendError; datastore errors and argument errors pass through. */
export function toBackendError(
  error: unknown,
  backend: string,
  op: string,
  key: Key | string | undefined,
): Error {
  if (
    error instanceof DatastoreError ||
    error instanceof TypeError ||
    error instanceof RangeError
  ) {
    return error;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new BackendError(`${op} failed: ${detail}`, {
    backend,
    key: key === undefined ? undefined : String(key),
    cause: error,
  });
}

/**
 * Rejects with a BackendError when `promise` takes longer than `ms`; the timer never outlives it.
 * @example await withTimeout(client.get(k), 5000, 'redis', 'get', '/a')
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  backend: string,
  op: string,
  key: Key | string | undefined,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const where = key === undefined ? undefined : String(key);
      reject(new BackendError(`${op} timed out after ${ms} ms`, { backend, key: where }));
    }, ms);
  });
  // The engine's own late rejection must not become an unhandled rejection.
  promise.catch(() => {});
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Serialises values to text for backends that store text (JSON by default). */
export class TextCodec {
  readonly #serializer: Serializer<unknown, string>;
  readonly #backend: string;

  constructor(backend: string, serializer: Serializer<unknown, string> = json) {
    this.#backend = backend;
    this.#serializer = serializer;
  }

  /** The stored text of `value`; a SerializationError naming `key` when it cannot be written. */
  dumps(key: Key | string, value: unknown): string {
    try {
      return this.#serializer.dumps(value);
    } catch (cause) {
      throw new SerializationError(
        `[datastore] [${this.#backend}] cannot serialise the value for ${String(key)}`,
        { cause },
      );
    }
  }

  /** The value of stored `text`; a SerializationError naming `key` when it cannot be read. */
  loads(key: Key | string, text: string): unknown {
    try {
      return this.#serializer.loads(text);
    } catch (cause) {
      throw new SerializationError(
        `[datastore] [${this.#backend}] cannot parse the value at ${String(key)}`,
        { cause },
      );
    }
  }
}
