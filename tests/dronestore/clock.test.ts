// The hybrid logical clock and stamp encoding.
import { describe, expect, it } from 'vitest';
import {
  decodeStamp,
  encodeStamp,
  formatStamp,
  HybridClock,
  getDefaultClock,
  stampToDate,
} from '@project-hub/dronestore';

describe('HybridClock', () => {
  it('issues the wall time in nanoseconds', () => {
    expect(new HybridClock({ replica: 'a', wall: () => 1_000 }).now()).toBe(1_000_000_000n);
  });

  it('never issues the same stamp twice when the wall clock stands still', () => {
    const clock = new HybridClock({ replica: 'a', wall: () => 5 });
    const stamps = Array.from({ length: 1000 }, () => clock.now());
    expect(new Set(stamps).size).toBe(1000);
    expect(stamps[999]).toBe(5_000_999n);
  });

  it('never goes backwards when the wall clock does', () => {
    let ms = 1_000;
    const clock = new HybridClock({ replica: 'a', wall: () => ms });
    const first = clock.now();
    ms = 10;
    expect(clock.now()).toBe(first + 1n);
  });

  it('issues stamps after any stamp it observed', () => {
    const clock = new HybridClock({ replica: 'a', wall: () => 0 });
    clock.observe(9_999_999_999n);
    expect(clock.now()).toBe(10_000_000_000n);
    clock.observe(5n);
    expect(clock.last).toBe(10_000_000_000n);
  });

  it('gives each default clock a random replica id', () => {
    expect(new HybridClock().replica).not.toBe(new HybridClock().replica);
    expect(new HybridClock().replica).toMatch(/^[0-9a-f]{16}$/);
    expect(getDefaultClock()).toBe(getDefaultClock());
  });

  it('refuses an empty replica id and a bad wall time', () => {
    expect(() => new HybridClock({ replica: '' })).toThrow(TypeError);
    expect(() => new HybridClock({ wall: () => Number.NaN }).now()).toThrow(RangeError);
  });
});

describe('stamps', () => {
  it('encode as numbers up to 2^53 - 1 and as strings beyond', () => {
    expect(encodeStamp(9_007_199_254_740_991n)).toBe(9_007_199_254_740_991);
    expect(encodeStamp(9_007_199_254_740_992n)).toBe('9007199254740992');
  });

  it('decode from numbers, digit strings and undefined (0)', () => {
    expect(decodeStamp(12)).toBe(12n);
    expect(decodeStamp('123456789012345678901')).toBe(123456789012345678901n);
    expect(decodeStamp(undefined)).toBe(0n);
    expect(() => decodeStamp(-1)).toThrow(TypeError);
    expect(() => decodeStamp('1e5')).toThrow(TypeError);
  });

  it('show as an ISO time plus a counter', () => {
    expect(formatStamp(1_000_002n)).toBe('1970-01-01T00:00:00.001Z+2');
    expect(formatStamp(1_000_000n)).toBe('1970-01-01T00:00:00.001Z');
    expect(formatStamp(0n)).toBe('never');
    expect(stampToDate(86_400_000_000_000n).toISOString()).toBe('1970-01-02T00:00:00.000Z');
  });
});
