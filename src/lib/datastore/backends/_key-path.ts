// Internal: the injective, contained key → file path mapping shared by the filesystem and git stores.

import { InvalidKeyError } from '../errors.ts';
import { Key } from '../key.ts';

/** The suffix of value files; encoded names never contain `.`, so no directory can collide with it. */
export const VALUE_SUFFIX = '.obj';

/** The longest file name (in bytes) the common file systems accept. */
const MAX_NAME_BYTES = 255;

/** Where a key's value lives, relative to the store's root. */
export interface KeyPath {
  /** The directories from the root down, each one encoded segment. */
  dirs: string[];
  /** The value file's name (encoded last segment + suffix). */
  file: string;
}

/**
 * The relative location of `key`. Every namespace is one percent-encoded segment: only `a-z`,
 * `0-9`, `_` and `-` stay as they are (and `A-Z` on case-sensitive file systems), so `..`, `/`,
 * `\`, `:`, NUL and non-ASCII (which macOS would normalise) can neither escape nor collide.
 * @example keyPath(new Key('/a:b/..'), false) // { dirs: ['a%3Ab'], file: '%2E%2E.obj' }
 */
export function keyPath(key: Key, caseInsensitive: boolean, backend: string): KeyPath {
  const segments = key.namespaces;
  if (segments.length === 0) {
    throw new InvalidKeyError(`[datastore] [${backend}] the root key / cannot hold a value`);
  }
  const encoded = segments.map((segment) => encodeSegment(segment, caseInsensitive));
  const file = `${encoded.pop() as string}${VALUE_SUFFIX}`;
  for (const name of [...encoded, file]) {
    if (name.length > MAX_NAME_BYTES) {
      throw new InvalidKeyError(
        `[datastore] [${backend}] a segment of ${String(key)} is too long for a file name (${name.length} > ${MAX_NAME_BYTES} bytes encoded)`,
      );
    }
  }
  return { dirs: encoded, file };
}

/** The directories of a collection's members (`/a/b` lists `a/b`); the inverse of `keyPath`'s dirs. */
export function collectionDirs(collection: Key, caseInsensitive: boolean): string[] {
  return collection.namespaces.map((segment) => encodeSegment(segment, caseInsensitive));
}

/** The key string of a value file `name` in directory `dirs` (encoded), or undefined for other files. */
export function keyOfFile(dirs: readonly string[], name: string): string | undefined {
  if (!name.endsWith(VALUE_SUFFIX) || name.startsWith('.')) return undefined;
  try {
    const segments = [...dirs, name.slice(0, -VALUE_SUFFIX.length)].map(decodeURIComponent);
    return `/${segments.join('/')}`;
  } catch {
    return undefined; // not a name this store wrote
  }
}

/**
 * One encoded path segment.
 * @example encodeSegment('Hello World', false) // 'Hello%20World'
 */
export function encodeSegment(segment: string, caseInsensitive: boolean): string {
  let out = '';
  for (const byte of new TextEncoder().encode(segment)) {
    out += keeps(byte, caseInsensitive) ? String.fromCharCode(byte) : percent(byte);
  }
  // Windows reserves device names (CON, NUL, COM1, …) with any extension: encode their first letter.
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i.test(out))
    out = percent(out.charCodeAt(0)) + out.slice(1);
  return out;
}

// --- Internal helpers ---

function keeps(byte: number, caseInsensitive: boolean): boolean {
  const lower = byte >= 97 && byte <= 122;
  const upper = byte >= 65 && byte <= 90;
  const digit = byte >= 48 && byte <= 57;
  return lower || digit || byte === 95 || byte === 45 || (upper && !caseInsensitive);
}

function percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
