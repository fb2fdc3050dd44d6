// Canonical JSON: sorted keys, no whitespace, only JSON values, so equal data hashes equally.

import { InvalidArgTypeError, InvalidArgValueError } from './errors.ts';

/** A plain JSON value, as versions store it. */
export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: Json };

/** True for a plain object (`{}` or `Object.create(null)`), not an array, Date or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Encodes JSON data canonically: object keys sorted by code unit, no whitespace.
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value))
        throw new InvalidArgValueError(`[dronestore] cannot encode ${value} as JSON`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return encodeArray(value);
      if (isPlainObject(value)) return encodeObject(value);
  }
  throw new InvalidArgTypeError(`[dronestore] cannot encode a ${describe(value)} as JSON`);
}

/** Deep copy of JSON data (so data taken from elsewhere is never shared). */
export function copyJson<T extends Json>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: Json) => copyJson(v)) as unknown as T;
  // fromEntries defines own properties, so a `__proto__` key is copied as data.
  return Object.fromEntries(
    Object.entries(value as JsonObject).map(([k, v]) => [k, copyJson(v)]),
  ) as T;
}

/** Objects frozen at every depth by `freezeJson`, which can be shared without copying. */
const DEEP_FROZEN = new WeakSet<object>();

/** Deep-freezes JSON data in place and returns it. */
export function freezeJson<T extends Json>(value: T): T {
  if (value !== null && typeof value === 'object' && !DEEP_FROZEN.has(value)) {
    for (const v of Object.values(value as JsonObject)) freezeJson(v);
    Object.freeze(value);
    DEEP_FROZEN.add(value);
  }
  return value;
}

/** Deep-frozen JSON equal to `value`: parts already deep-frozen are shared, the rest is copied. */
export function frozenJson<T extends Json>(value: T): T {
  if (value === null || typeof value !== 'object' || DEEP_FROZEN.has(value)) return value;
  if (Array.isArray(value))
    return freezeJson(value.map((v: Json) => frozenJson(v)) as unknown as T);
  const entries = Object.entries(value as JsonObject).map(([k, v]) => [k, frozenJson(v)]);
  return freezeJson(Object.fromEntries(entries) as T);
}

/** True when two JSON values are equal (same canonical encoding), compared structurally. */
export function jsonEquals(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: Json, i: number) => jsonEquals(item, b[i] as Json));
  }
  const [x, y] = [a as JsonObject, b as JsonObject];
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && jsonEquals(x[k], y[k]));
}

/** Names a value's type for error messages: `string`, `array`, `Date`, `null`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    const ctor = (proto as { constructor?: { name?: string } } | null)?.constructor?.name;
    return ctor && ctor !== 'Object' ? ctor : 'object';
  }
  return typeof value;
}

// --- Internal helpers ---

function encodeArray(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(items[i]);
  return out + ']';
}

function encodeObject(object: Record<string, unknown>): string {
  const keys = Object.keys(object).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out += (i === 0 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(object[key]);
  }
  return out + '}';
}
