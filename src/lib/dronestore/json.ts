// Canonical JSON: sorted keys, no whitespace, only JSON values, so equal data hashes equally.

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
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`[dronestore] cannot encode ${value} as JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  throw new TypeError(`[dronestore] cannot encode a ${describe(value)} as JSON`);
}

/** Deep copy of JSON data (so data taken from elsewhere is never shared). */
export function copyJson<T extends Json>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: Json) => copyJson(v)) as unknown as T;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value as JsonObject)) out[k] = copyJson(v);
  return out as T;
}

/** Deep-freezes JSON data in place and returns it. */
export function freezeJson<T extends Json>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value as JsonObject)) freezeJson(v);
    Object.freeze(value);
  }
  return value;
}

/** True when two JSON values have the same canonical encoding. */
export function jsonEquals(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
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
