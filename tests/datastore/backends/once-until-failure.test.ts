import { describe, expect, it } from 'vitest';
import { OnceUntilFailure } from '../../../src/lib/datastore/backends/_once-until-failure.ts';

describe('OnceUntilFailure', () => {
  it('runs its set-up once and shares the result', async () => {
    let runs = 0;
    const once = new OnceUntilFailure(async () => ++runs);
    expect(once.started).toBeUndefined();
    expect(await Promise.all([once.run(), once.run()])).toEqual([1, 1]);
    expect(await once.run()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a failed attempt, so the next call tries again', async () => {
    let runs = 0;
    const once = new OnceUntilFailure(async () => {
      runs += 1;
      if (runs === 1) throw new Error('read-only parent');
      return runs;
    });
    await expect(once.run()).rejects.toThrow('read-only parent');
    expect(once.started).toBeUndefined();
    expect(await once.run()).toBe(2);
    expect(await once.started).toBe(2);
  });
});
