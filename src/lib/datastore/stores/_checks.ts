// Internal: argument checks shared by the composite stores.

import { describe } from '../_utils.ts';
import type { Datastore } from '../store.ts';
import { InvalidArgTypeError, OutOfRangeError } from '../errors.ts';

/** True when `x` looks like a store (has get, put, delete, contains and query). */
export function isDatastore(x: unknown): x is Datastore<unknown> {
  if (x === null || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return ['get', 'put', 'delete', 'contains', 'query'].every((m) => typeof s[m] === 'function');
}

/** Throws a TypeError unless `store` is a store. */
export function checkStore<S>(store: S, where: string): S {
  if (!isDatastore(store)) {
    throw new InvalidArgTypeError(
      `[datastore] ${where} expects a datastore (get/put/delete/contains/query), got ${describe(store)}`,
    );
  }
  return store;
}

/** Throws unless `stores` is a non-empty array of stores; returns a frozen copy. */
export function checkStores<S>(stores: readonly S[], where: string): readonly S[] {
  if (!Array.isArray(stores))
    throw new InvalidArgTypeError(
      `[datastore] ${where} expects an array of stores, got ${describe(stores)}`,
    );
  if (stores.length === 0)
    throw new OutOfRangeError(`[datastore] ${where} needs at least one store`);
  stores.forEach((s, i) => checkStore(s, `${where} store ${i}`));
  return Object.freeze([...stores]);
}
