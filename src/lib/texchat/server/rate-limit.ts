// A token bucket per connection and kind of event: bursts are allowed, floods are not.

/** How many events a bucket holds, and how many it regains per second. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * A token bucket: `take()` is true while tokens remain; they come back at `perSecond`.
 * @example const b = new TokenBucket({ burst: 2, perSecond: 1 }); b.take(); b.take(); b.take() → false
 */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    /** The refill rate and the burst. */
    readonly limit: RateLimit,
    /** The clock, in milliseconds. */
    readonly now: () => number = Date.now,
  ) {
    this.#tokens = limit.burst;
    this.#last = now();
  }

  /** Takes one token; false when the bucket is empty (the event is over the limit). */
  take(): boolean {
    const now = this.now();
    const regained = ((now - this.#last) / 1000) * this.limit.perSecond;
    this.#tokens = Math.min(this.limit.burst, this.#tokens + regained);
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
