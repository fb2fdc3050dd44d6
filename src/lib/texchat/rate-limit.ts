// Token buckets: how many packets a sender may send at once (burst) and per second after that.
import { RateLimitError } from './errors.ts';

/** A rate: `burst` packets at once, then `perSecond` packets a second. */
export interface Rate {
  burst: number;
  perSecond: number;
}

/** What a receiver accepts from one sender: a burst of 20 messages, then 2 a second. */
export const MESSAGE_RATE: Rate = { burst: 20, perSecond: 2 };
/** Presence packets (hello, here, bye, rename) per sender: a heartbeat is one per 5 s. */
export const PRESENCE_RATE: Rate = { burst: 20, perSecond: 2 };
/** Senders never heard of before, all together: a flood of made-up senders is a flood too. */
export const NEW_SENDER_RATE: Rate = { burst: 50, perSecond: 5 };
/** The most senders a limiter remembers; the least recently heard one is forgotten first. */
export const MAX_TRACKED_SENDERS = 1000;

/** One bucket: `take()` spends a token when one is there. */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    /** The refill rate and the burst. */
    readonly rate: Rate,
    /** The clock, in milliseconds. */
    readonly now: () => number = Date.now,
  ) {
    this.#tokens = rate.burst;
    this.#last = now();
  }

  /**
   * Spends one token; false (nothing spent) when the bucket is empty.
   * @example const b = new TokenBucket({ burst: 1, perSecond: 1 }); b.take() → true; b.take() → false
   */
  take(): boolean {
    this.#refill();
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is there (0 when one is). */
  waitMs(): number {
    this.#refill();
    return this.#tokens >= 1 ? 0 : ((1 - this.#tokens) * 1000) / this.rate.perSecond;
  }

  #refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.#last) / 1000;
    this.#tokens = Math.min(this.rate.burst, this.#tokens + elapsed * this.rate.perSecond);
    this.#last = now;
  }
}

/** Options of `RateLimiter`. */
export interface RateLimiterOptions {
  /** The rate of each sender. */
  rate: Rate;
  /** The rate at which senders not currently remembered are admitted, all together. */
  newSenders?: Rate;
  maxSenders?: number;
  /** The clock, in milliseconds (default `Date.now`); tests pass a fake one. */
  now?: () => number;
}

/** A token bucket per sender, a bounded number of senders, and a bucket for newcomers. */
export class RateLimiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #newcomers: TokenBucket;
  readonly #now: () => number;
  readonly #max: number;

  constructor(readonly options: RateLimiterOptions) {
    this.#now = options.now ?? Date.now;
    this.#max = options.maxSenders ?? MAX_TRACKED_SENDERS;
    this.#newcomers = new TokenBucket(options.newSenders ?? NEW_SENDER_RATE, this.#now);
  }

  /**
   * True when `sender` may send one more packet now (and counts it); false when over its rate.
   * @example limiter.take('Ada') → true … (41st in a second) → false
   */
  take(sender: string): boolean {
    return this.#bucket(sender)?.take() ?? false;
  }

  /** Like `take`, but throws `RateLimitError` (with the wait) instead of returning false. */
  check(sender: string): void {
    const bucket = this.#bucket(sender);
    if (bucket?.take()) return;
    throw new RateLimitError(sender, bucket?.waitMs() ?? this.#newcomers.waitMs());
  }

  /** How many senders are remembered. */
  get size(): number {
    return this.#buckets.size;
  }

  // --- Internal helpers ---

  /** The sender's bucket, most recently used last; undefined when no newcomer may enter now. */
  #bucket(sender: string): TokenBucket | undefined {
    const known = this.#buckets.get(sender);
    if (known) {
      this.#buckets.delete(sender);
      this.#buckets.set(sender, known);
      return known;
    }
    if (!this.#newcomers.take()) return undefined;
    const bucket = new TokenBucket(this.options.rate, this.#now);
    this.#buckets.set(sender, bucket);
    if (this.#buckets.size > this.#max) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    return bucket;
  }
}
