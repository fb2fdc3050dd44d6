// The demo's custom UnionStrategy.
import { describe, expect, it } from 'vitest';
import { UnionStrategy } from '../../../src/demos/dronestore/union-strategy.ts';
import type { MergeContext } from '@project-hub/dronestore';

const context = {} as MergeContext; // UnionStrategy reads nothing from it

describe('UnionStrategy', () => {
  it('keeps the items of both lists, sorted', () => {
    expect(UnionStrategy.merge({ value: ['b', 'a'] }, { value: ['c', 'a'] }, context)).toEqual({
      winner: 'merged',
      reason: 'kept the 3 items of both lists',
      data: { value: ['a', 'b', 'c'] },
    });
  });

  it('keeps the local list when the remote adds nothing', () => {
    expect(UnionStrategy.merge({ value: ['a', 'b'] }, { value: ['b'] }, context).winner).toBe(
      'local',
    );
  });

  it('takes the remote list when it holds every item', () => {
    expect(UnionStrategy.merge({ value: ['a'] }, { value: ['a', 'b'] }, context).winner).toBe(
      'remote',
    );
  });

  it('is symmetric: both sides compute the same union', () => {
    const a = { value: ['x', 'y'] };
    const b = { value: ['z', 'x'] };
    const ab = UnionStrategy.merge(a, b, context);
    const ba = UnionStrategy.merge(b, a, context);
    expect(ab.winner === 'merged' && ab.data).toEqual(ba.winner === 'merged' && ba.data);
  });
});
