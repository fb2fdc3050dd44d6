// Stamps and the hybrid logical clock that issues them (wall time in ns plus a counter).

import { InvalidArgTypeError, InvalidArgValueError, OutOfRangeError } from './errors.ts';

/** A point in time: nanoseconds since the Unix epoch, whose low digits double as a counter. */
export type Stamp = bigint;

/** A stamp in JSON: a number up to 2^53 - 1, a decimal string beyond. */
export type StampJson = number | string;

/** Nanoseconds per millisecond. */
export const NS_PER_MS = 1_000_000n;

/** Options of `HybridClock`. */
export interface ClockOptions {
  /** This replica's id, used to break ties between equal stamps (default: random). */
  replica?: string;
  /** Wall time in milliseconds (default `Date.now`); inject a fixed one for reproducible output. */
  wall?: () => number;
}

/**
 * A hybrid logical clock: never issues the same stamp twice, never goes backwards, and after
 * `observe(remote)` issues stamps later than `remote`.
 * @example new HybridClock({ replica: 'a', wall: () => 0 }).now() // 1n
 */
export class HybridClock {
  /** The replica id that breaks ties between equal stamps. */
  readonly replica: string;
  readonly #wall: () => number;
  #last: Stamp = 0n;

  constructor(options: ClockOptions = {}) {
    const replica = options.replica ?? randomReplicaId();
    if (typeof replica !== 'string' || replica === '') {
      throw new InvalidArgTypeError('[dronestore] [clock] replica must be a non-empty string');
    }
    this.replica = replica;
    this.#wall = options.wall ?? Date.now;
  }

  /** Issues a new stamp: the wall time, or one more than the last stamp issued or observed. */
  now(): Stamp {
    const ms = this.#wall();
    if (!Number.isFinite(ms) || ms < 0) {
      throw new OutOfRangeError(
        `[dronestore] [clock] wall time must be a finite number >= 0, got ${ms}`,
      );
    }
    const wall = BigInt(Math.floor(ms)) * NS_PER_MS;
    this.#last = wall > this.#last ? wall : this.#last + 1n;
    return this.#last;
  }

  /** Takes note of a stamp seen elsewhere, so that later stamps come after it. */
  observe(stamp: Stamp): void {
    if (stamp > this.#last) this.#last = stamp;
  }

  /** The last stamp issued or observed (0n at first). */
  get last(): Stamp {
    return this.#last;
  }
}

let defaultClock: HybridClock | undefined;

/** The clock models use when none is given: one per program, with a random replica id. */
export function getDefaultClock(): HybridClock {
  defaultClock ??= new HybridClock();
  return defaultClock;
}

/**
 * Encodes a stamp for JSON: a number when it is a safe integer, a decimal string beyond.
 * @example encodeStamp(5n) // 5
 */
export function encodeStamp(stamp: Stamp): StampJson {
  return stamp <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(stamp) : stamp.toString();
}

/**
 * Decodes a stamp from JSON (`undefined` reads as 0); throws a TypeError on anything else.
 * @example decodeStamp('9007199254740993') // 9007199254740993n
 */
export function decodeStamp(json: unknown): Stamp {
  if (json === undefined) return 0n;
  if (typeof json === 'number' && Number.isSafeInteger(json) && json >= 0) return BigInt(json);
  if (typeof json === 'string' && /^\d+$/.test(json)) return BigInt(json);
  throw new InvalidArgValueError(
    `[dronestore] not a stamp: ${JSON.stringify(json) ?? String(json)}`,
  );
}

/** The wall-clock part of a stamp as a Date (its counter digits dropped). */
export function stampToDate(stamp: Stamp): Date {
  return new Date(Number(stamp / NS_PER_MS));
}

/**
 * Shows a stamp as an ISO time plus its counter; 0 (a default's stamp) shows as `never`.
 * @example formatStamp(1_000_002n) // '1970-01-01T00:00:00.001Z+2'
 */
export function formatStamp(stamp: Stamp): string {
  if (stamp === 0n) return 'never';
  const counter = stamp % NS_PER_MS;
  return stampToDate(stamp).toISOString() + (counter === 0n ? '' : `+${counter}`);
}

function randomReplicaId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
