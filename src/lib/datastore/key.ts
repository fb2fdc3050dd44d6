// Key: a normalised, hierarchical, slash-separated name such as `/Comedy/MontyPython/Actor:JohnCleese`.

/** Anything a store accepts as a key: a `Key` or its string form (`'/a/b'`). */
export type KeyLike = Key | string;

import { describe } from './_utils.ts';
import { InvalidArgTypeError, InvalidArgValueError } from './errors.ts';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A hierarchical key. Immutable; its string form is always normalised
 * (one leading `/`, no empty segments, no trailing `/`).
 * @example new Key('a//b/').toString() // '/a/b'
 */
export class Key {
  readonly #str: string;
  #segments: readonly string[] | undefined;
  #hash: number | undefined;

  /**
   * Builds a key from a string, an array of segments, or another Key.
   * @example new Key(['Comedy', 'MontyPython']).toString() // '/Comedy/MontyPython'
   */
  constructor(value: string | readonly string[] | Key) {
    if (typeof value === 'string') this.#str = isNormal(value) ? value : normalise(value);
    else if (value instanceof Key) this.#str = value.#str;
    else if (Array.isArray(value)) this.#str = normalise(segmentsToString(value));
    else
      throw new InvalidArgTypeError(
        `[datastore] Key expects a string, an array of strings or a Key, got ${describe(value)}`,
      );
  }

  /**
   * Returns `value` itself when it is a Key, else a new Key from it.
   * @example Key.from('/a') // Key('/a')
   */
  static from(value: KeyLike): Key {
    return value instanceof Key ? value : new Key(keyString(value));
  }

  /**
   * Code-unit order of the two keys' strings: -1, 0 or 1.
   * @example Key.compare('/A', '/a') // -1
   */
  static compare(a: KeyLike, b: KeyLike): number {
    const x = keyString(a);
    const y = keyString(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /**
   * A random key: `/` and 32 hex characters.
   * @example Key.random().toString() // '/6f1c…' (33 characters)
   */
  static random(): Key {
    const bytes = new Uint8Array(16);
    const c = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array } }).crypto;
    if (c?.getRandomValues) c.getRandomValues(bytes);
    else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    let hex = '/';
    for (const b of bytes) hex += b.toString(16).padStart(2, '0');
    return new Key(hex);
  }

  /**
   * The segments, without an empty head.
   * @example new Key('/a/b').namespaces // ['a', 'b']
   */
  get namespaces(): readonly string[] {
    if (this.#segments === undefined) {
      this.#segments = Object.freeze(this.#str === '/' ? [] : this.#str.slice(1).split('/'));
    }
    return this.#segments;
  }

  /**
   * The text after the last `:` of the last segment.
   * @example new Key('/Comedy/Sketch:CheeseShop').name // 'CheeseShop'
   */
  get name(): string {
    const last = this.#lastSegment();
    return last.slice(last.lastIndexOf(':') + 1);
  }

  /**
   * The text before the first `:` of the last segment, or `''`.
   * @example new Key('/Comedy/Sketch:CheeseShop').type // 'Sketch'
   */
  get type(): string {
    const last = this.#lastSegment();
    const colon = last.indexOf(':');
    return colon === -1 ? '' : last.slice(0, colon);
  }

  /**
   * All but the last segment; the parent of `/a` and of `/` is `/`.
   * @example new Key('/a/b/c').parent // Key('/a/b')
   */
  get parent(): Key {
    const slash = this.#str.lastIndexOf('/');
    return new Key(slash <= 0 ? '/' : this.#str.slice(0, slash));
  }

  /**
   * The collection the key belongs to: its parent plus its type.
   * @example new Key('/Comedy/MontyPython/Sketch:CheeseShop').path // Key('/Comedy/MontyPython/Sketch')
   */
  get path(): Key {
    return new Key(pathString(this.#str));
  }

  /**
   * The key with its segments in reverse order.
   * @example new Key('/a/b/c').reverse // Key('/c/b/a')
   */
  get reverse(): Key {
    return new Key([...this.namespaces].reverse());
  }

  /**
   * Appends a string or a Key, renormalised.
   * @example new Key('/a').child('b/c') // Key('/a/b/c')
   */
  child(value: KeyLike): Key {
    const tail = keyString(value);
    if (tail === '/') return this;
    return new Key(this.#str === '/' ? tail : this.#str + tail);
  }

  /**
   * Appends `:name` to the last segment.
   * @example new Key('/Comedy/Actor').instance('JohnCleese') // Key('/Comedy/Actor:JohnCleese')
   */
  instance(name: string): Key {
    if (typeof name !== 'string') {
      throw new InvalidArgTypeError(
        `[datastore] Key.instance expects a string, got ${describe(name)}`,
      );
    }
    if (name.includes('/')) {
      throw new InvalidArgValueError(
        `[datastore] Key.instance: name ${JSON.stringify(name)} must not contain '/'`,
      );
    }
    return new Key(`${this.#str}:${name}`);
  }

  /**
   * True when `other` lies strictly below this key; `/` is an ancestor of every other key.
   * @example new Key('/a').isAncestorOf(new Key('/a/b')) // true
   */
  isAncestorOf(other: Key): boolean {
    if (!(other instanceof Key)) {
      throw new InvalidArgTypeError(
        `[datastore] Key.isAncestorOf expects a Key, got ${describe(other)}`,
      );
    }
    if (this.#str === '/') return other.#str !== '/';
    return other.#str.length > this.#str.length + 1 && other.#str.startsWith(`${this.#str}/`);
  }

  /**
   * True when this key lies strictly below `other`.
   * @example new Key('/a/b').isDescendantOf(new Key('/a')) // true
   */
  isDescendantOf(other: Key): boolean {
    if (!(other instanceof Key)) {
      throw new InvalidArgTypeError(
        `[datastore] Key.isDescendantOf expects a Key, got ${describe(other)}`,
      );
    }
    return other.isAncestorOf(this);
  }

  /**
   * True exactly for one-segment keys.
   * @example new Key('/a').isTopLevel() // true
   */
  isTopLevel(): boolean {
    return this.#str !== '/' && this.#str.indexOf('/', 1) === -1;
  }

  /**
   * True when both name the same key (a string is normalised first); false for anything else.
   * @example new Key('/a/b').equals('a/b/') // true
   */
  equals(other: KeyLike): boolean {
    if (!(other instanceof Key) && typeof other !== 'string') return false;
    return this.#str === keyString(other);
  }

  /**
   * A deterministic unsigned 32-bit hash (FNV-1a over the UTF-8 bytes of the string).
   * @example new Key('/a').hash() // 1892816941
   */
  hash(): number {
    if (this.#hash === undefined) this.#hash = fnv1a(this.#str);
    return this.#hash;
  }

  /**
   * The normalised string form.
   * @example String(new Key('a')) // '/a'
   */
  toString(): string {
    return this.#str;
  }

  /**
   * The string form, so `JSON.stringify` writes keys as strings.
   * @example JSON.stringify({ k: new Key('/a') }) // '{"k":"/a"}'
   */
  toJSON(): string {
    return this.#str;
  }

  /** Shown by Node's `util.inspect` and `console.log` as `Key('/a')`. */
  [INSPECT](): string {
    return `Key('${this.#str}')`;
  }

  #lastSegment(): string {
    return this.#str.slice(this.#str.lastIndexOf('/') + 1);
  }
}

// --- Internal helpers ---

/** The normalised string of a Key or a string, without building a Key. */
export function keyString(value: KeyLike): string {
  if (value instanceof Key) return value.toString();
  if (typeof value !== 'string') {
    throw new InvalidArgTypeError(`[datastore] expected a Key or a string, got ${describe(value)}`);
  }
  return isNormal(value) ? value : normalise(value);
}

/** The collection (`path`) of a normalised key string, as a string. */
export function pathString(str: string): string {
  const slash = str.lastIndexOf('/');
  const colon = str.indexOf(':', slash);
  // An untyped key (or one with an empty type, `/a/:x`) belongs to its parent.
  if (colon === -1 || colon === slash + 1) return slash <= 0 ? '/' : str.slice(0, slash);
  return str.slice(0, colon);
}

/** True when the normalised key string `str` has path `collection`, without building strings. */
export function inCollection(str: string, collection: string): boolean {
  const slash = str.lastIndexOf('/');
  const colon = str.indexOf(':', slash);
  if (colon === -1 || colon === slash + 1) {
    if (slash === 0) return collection === '/';
    return slash === collection.length && str.startsWith(collection);
  }
  return colon === collection.length && str.startsWith(collection);
}

/** True when `s` already is a normalised key string (the common case, checked in one pass). */
function isNormal(s: string): boolean {
  if (s.charCodeAt(0) !== 47) return false;
  if (s.length === 1) return true;
  if (s.charCodeAt(s.length - 1) === 47) return false;
  return s.indexOf('//') === -1;
}

function normalise(s: string): string {
  const parts = s.split('/').filter((p) => p !== '');
  return `/${parts.join('/')}`;
}

function segmentsToString(parts: readonly unknown[]): string {
  for (const p of parts) {
    if (typeof p !== 'string') {
      throw new InvalidArgTypeError(`[datastore] Key segments must be strings, got ${describe(p)}`);
    }
  }
  return parts.join('/');
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    for (const byte of utf8Bytes(c)) h = Math.imul(h ^ byte, 0x01000193);
  }
  return h >>> 0;
}

function utf8Bytes(c: number): number[] {
  if (c >= 0xd800 && c < 0xe000) c = 0xfffd; // a lone surrogate encodes as U+FFFD, like TextEncoder
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
  if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
}
