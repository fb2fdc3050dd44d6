import { describe, expect, it } from 'vitest';
import { RateLimitError, RateLimiter, TokenBucket } from '@project-hub/texchat';

describe('TokenBucket', () => {
  it('lets a burst through, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 2, perSecond: 4 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
    expect(bucket.waitMs()).toBe(250);
    now += 250;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('RateLimiter', () => {
  it('keeps one bucket per sender', () => {
    const limiter = new RateLimiter({ rate: { burst: 1, perSecond: 1 }, now: () => 0 });
    expect([limiter.take('Ada'), limiter.take('Ada'), limiter.take('Emmy')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('admits new senders at their own rate, so made-up senders cannot flood either', () => {
    const limiter = new RateLimiter({
      rate: { burst: 10, perSecond: 10 },
      newSenders: { burst: 3, perSecond: 1 },
      now: () => 0,
    });
    const admitted = Array.from({ length: 100 }, (_, n) => limiter.take(`s${n}`));
    expect(admitted.filter(Boolean)).toHaveLength(3);
    expect(limiter.take('s0')).toBe(true);
  });

  it('forgets the least recently heard sender beyond its bound', () => {
    const limiter = new RateLimiter({
      rate: { burst: 1, perSecond: 1 },
      newSenders: { burst: 100, perSecond: 1 },
      maxSenders: 2,
      now: () => 0,
    });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    expect(limiter.take('a')).toBe(true); // forgotten, so admitted again as a newcomer
  });

  it('throws a RateLimitError that says when to retry', () => {
    const limiter = new RateLimiter({ rate: { burst: 1, perSecond: 2 }, now: () => 0 });
    limiter.check('Ada');
    let error: unknown;
    try {
      limiter.check('Ada');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      name: 'RateLimitError',
      code: 'ERR_RATE_LIMITED',
      retryAfterMs: 500,
    });
  });
});
