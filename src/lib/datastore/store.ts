// The store contract (`Datastore`) and `BaseDatastore`, which normalises keys and checks values once.

import type { MaybePromise } from './_utils.ts';
import { describe } from './_utils.ts';
import type { Cursor } from './cursor.ts';
import { InvalidArgTypeError, InvalidArgValueError, NotSupportedError } from './errors.ts';
import { Key, type KeyLike } from './key.ts';
import { Query } from './query.ts';

/** What every store implements. Keys may be Keys or strings; a missing key reads as `undefined`. */
export interface Datastore<V = unknown> {
  /** The value at `key`, or `undefined`. */
  get(key: KeyLike): Promise<V | undefined>;
  /** Stores `value` (anything but `undefined`) at `key`. */
  put(key: KeyLike, value: V): Promise<void>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: KeyLike): Promise<void>;
  /** True when `key` has a value. */
  contains(key: KeyLike): Promise<boolean>;
  /** The values of the query's collection; rejects with NotSupportedError if the backend cannot query. */
  query(query: Query): Promise<Cursor<V>>;
}

/**
 * Base class for stores: validates arguments and normalises keys, then calls the `_` methods.
 * Subclasses implement `_get`, `_put`, `_delete` and, when they can, `_query`.
 */
export abstract class BaseDatastore<V = unknown> implements Datastore<V> {
  /** Short store name used in error messages, e.g. `tiered`. */
  protected readonly storeName: string = 'store';

  /** The value at `key` (already a `Key`), or `undefined` when there is none. */
  protected abstract _get(key: Key): MaybePromise<V | undefined>;
  /** Stores `value` at `key`; `value` is never `undefined` (`put` refuses it first). */
  protected abstract _put(key: Key, value: V): MaybePromise<void>;
  /** Removes `key`; a missing key is not an error. */
  protected abstract _delete(key: Key): MaybePromise<void>;

  /** Whether `key` has a value; by default a `_get` that is not `undefined`. */
  protected async _contains(key: Key): Promise<boolean> {
    return (await this._get(key)) !== undefined;
  }

  /**
   * The results of `query`; stores that can list their keys override it.
   * @throws NotSupportedError by default: the store cannot answer queries.
   */
  protected _query(query: Query): MaybePromise<Cursor<V>> {
    throw new NotSupportedError(
      `[datastore] [${this.storeName}] query is not supported (key ${query.key})`,
    );
  }

  // The public methods are not `async`: a promise from `_get` etc. is passed on as it is, which
  // saves one promise per call on composite stores. Argument errors still arrive as rejections.

  /** The value at `key`, or `undefined`. */
  get(key: KeyLike): Promise<V | undefined> {
    try {
      return Promise.resolve(this._get(Key.from(key)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** Stores `value` at `key`; `undefined` is refused (use `delete`). */
  put(key: KeyLike, value: V): Promise<void> {
    try {
      const k = Key.from(key);
      checkValue(k, value);
      return Promise.resolve(this._put(k, value));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** Removes `key`, if present. */
  delete(key: KeyLike): Promise<void> {
    try {
      return Promise.resolve(this._delete(Key.from(key)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** True when `key` has a value. */
  contains(key: KeyLike): Promise<boolean> {
    try {
      return Promise.resolve(this._contains(Key.from(key)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** Runs `query` and returns its cursor. */
  query(query: Query): Promise<Cursor<V>> {
    try {
      return Promise.resolve(this._query(checkQuery(query)));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
}

/** Rejects `undefined` as a value, pointing at `delete`. */
export function checkValue(key: KeyLike, value: unknown): void {
  if (value === undefined) {
    throw new InvalidArgValueError(
      `[datastore] cannot put undefined at ${String(key)}; use delete(key) to remove a key`,
    );
  }
}

/** Throws a TypeError unless `query` is a Query. */
export function checkQuery(query: unknown): Query {
  if (!(query instanceof Query)) {
    throw new InvalidArgTypeError(`[datastore] query expects a Query, got ${describe(query)}`);
  }
  return query;
}
