// Serializers for SerializerShimDatastore: json, prettyJson, identity, stack and mapSerializer.

import { InvalidArgTypeError, SerializationError } from './errors.ts';
import { sortedJson } from './_sorted-json.ts';

/** Turns values into a stored form (`dumps`) and back (`loads`). */
export interface Serializer<V = unknown, S = unknown> {
  /** The stored form of `value`. */
  dumps(value: V): S;
  /** The value back from its stored form `data`. */
  loads(data: S): V;
}

/**
 * True when `x` has callable `loads` and `dumps`.
 * @example isSerializer(json) // true
 */
export function isSerializer(x: unknown): x is Serializer {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return false;
  const s = x as { loads?: unknown; dumps?: unknown };
  return typeof s.loads === 'function' && typeof s.dumps === 'function';
}

/** JSON text, compact. */
export const json: Serializer<unknown, string> = {
  dumps: (value) => stringify(value, (v) => JSON.stringify(v)),
  loads: (data) => parse(data),
};

/** JSON text with keys sorted at every depth and a two-space indent: diff-friendly. */
export const prettyJson: Serializer<unknown, string> = {
  dumps: (value) => stringify(value, (v) => sortedJson(v, 2)),
  loads: (data) => parse(data),
};

/** Stores values as they are. */
export const identity: Serializer<unknown, unknown> = {
  dumps: (value) => value,
  loads: (data) => data,
};

/**
 * Wraps anything that is not a plain object (arrays, null, primitives) as `{ "@wrapped": value }`;
 * a plain object that itself looks wrapped is wrapped too, so `loads` gives it back unchanged.
 */
export const mapSerializer: Serializer<unknown, Record<string, unknown>> = {
  dumps: (value) => (isPlainObject(value) && !isWrapped(value) ? value : { [WRAPPED]: value }),
  loads: (data) => (isWrapped(data) ? data[WRAPPED] : data),
};

/**
 * Chains serializers: dumps through each in order, loads in reverse.
 * @example stack([mapSerializer, json]).dumps(1) // '{"@wrapped":1}'
 */
export function stack(serializers: readonly Serializer<any, any>[]): Serializer<unknown, unknown> {
  if (!Array.isArray(serializers) || !serializers.every(isSerializer)) {
    throw new InvalidArgTypeError(
      '[datastore] stack expects an array of serializers (objects with loads and dumps)',
    );
  }
  const list = [...serializers];
  return {
    dumps: (value) => list.reduce((v, s) => s.dumps(v), value),
    loads: (data) => list.reduceRight((v, s) => s.loads(v), data),
  };
}

// --- Internal helpers ---

const WRAPPED = '@wrapped';

function stringify(value: unknown, write: (value: unknown) => string | undefined): string {
  let text: string | undefined;
  try {
    text = write(value);
  } catch (cause) {
    throw new SerializationError('[datastore] [json] cannot serialise value', { cause });
  }
  if (text === undefined) {
    throw new SerializationError(`[datastore] [json] cannot serialise a ${typeof value} as JSON`);
  }
  return text;
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch (cause) {
    throw new SerializationError(
      `[datastore] [json] stored data is not valid JSON: ${String(data).slice(0, 40)}`,
      {
        cause,
      },
    );
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function isWrapped(v: unknown): v is Record<typeof WRAPPED, unknown> {
  return isPlainObject(v) && Object.hasOwn(v, WRAPPED) && Object.keys(v).length === 1;
}
