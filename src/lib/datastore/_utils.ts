// Internal helpers shared by the datastore modules (not exported from index.ts).

import { InvalidArgTypeError, OutOfRangeError } from './errors.ts';

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'Object'})`;
  return `${typeof value} ${String(value)}`;
}

/** Throws a RangeError unless `n` is a whole number ≥ `min`. */
export function checkWholeNumber(n: unknown, what: string, min = 0): number {
  if (typeof n !== 'number')
    throw new InvalidArgTypeError(`[datastore] ${what} must be a number, got ${describe(n)}`);
  if (!Number.isInteger(n) || n < min) {
    throw new OutOfRangeError(`[datastore] ${what} must be a whole number ≥ ${min}, got ${n}`);
  }
  return n;
}

/** JSON text with bigints written as strings tagged `n` (`1n`), so a query with any filter value prints. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

/** A value that may or may not be wrapped in a promise. */
export type MaybePromise<T> = T | Promise<T>;
