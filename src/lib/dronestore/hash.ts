// SHA-1 of canonical JSON, as 40 lowercase hex characters (synchronous, same in Node and browsers).
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './json.ts';

/** The hash of nothing: 40 zeros (the parent of a first version, the hash of a blank one). */
export const BLANK_HASH = '0'.repeat(40);

/**
 * SHA-1 of the canonical JSON encoding of `data`.
 * @example hashJson({ a: 1 }) // 'e1d2b6...' (40 hex characters)
 */
export function hashJson(data: unknown): string {
  return bytesToHex(sha1(utf8ToBytes(canonicalJson(data))));
}

/** True for a string of 40 lowercase hex characters. */
export function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);
}
