// Canonical JSON, structural equality and the SHA-1 hash.
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashJson, BLANK_HASH, type Json } from '@project-hub/dronestore';
import { jsonEquals } from '../../src/lib/dronestore/json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });

  it('gives the same text whatever the insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('refuses values that are not JSON', () => {
    for (const bad of [
      undefined,
      Number.NaN,
      Infinity,
      1n,
      new Date(0),
      () => 1,
      { a: undefined },
    ]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
    }
  });
});

describe('hashJson', () => {
  it('is SHA-1 of the canonical text, in lowercase hex', () => {
    // sha1('{}') as printed by `printf '{}' | sha1sum`
    expect(hashJson({})).toBe('bf21a9e8fbc5a3846fb05b4fa0859e0917b2202f');
  });

  it('has a blank hash of 40 zeros', () => {
    expect(BLANK_HASH).toBe('0000000000000000000000000000000000000000');
  });
});

describe('jsonEquals', () => {
  it('compares structure, not key order', () => {
    expect(jsonEquals({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
  });

  it('tells apart values that differ anywhere', () => {
    const pairs: [Json, Json][] = [
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1 }, { b: 1 }],
      [
        [1, 2],
        [2, 1],
      ],
      [[1], { 0: 1 }],
      [null, {}],
      ['1', 1],
    ];
    for (const [a, b] of pairs) expect(jsonEquals(a, b), JSON.stringify([a, b])).toBe(false);
  });
});
