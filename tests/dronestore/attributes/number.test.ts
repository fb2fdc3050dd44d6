// IntegerAttribute and FloatAttribute: their coercion tables.
import { describe, expect, it } from 'vitest';
import { AttributeTypeError, FloatAttribute, IntegerAttribute } from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('IntegerAttribute', () => {
  coercionTable(new IntegerAttribute(), [
    [42, 42],
    [-7, -7],
    [3.9, 3],
    [-3.9, -3],
    [-0.5, 0],
    ['12', 12],
    [' 8 ', 8],
    ['-2.7', -2],
    ['1e3', 1000],
    [5n, 5],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    // Truncated as text: Number('9007199254740991.9') would round up past the safe range.
    ['9007199254740991.9', Number.MAX_SAFE_INTEGER],
    ['-9007199254740991.5', -Number.MAX_SAFE_INTEGER],
    [null, null],
    [Number.MAX_SAFE_INTEGER + 2, REFUSED],
    [2n ** 60n, REFUSED],
    [true, REFUSED],
    [false, REFUSED],
    ['', REFUSED],
    ['12abc', REFUSED],
    ['0x10', REFUSED],
    [Number.NaN, REFUSED],
    [Infinity, REFUSED],
    [[1], REFUSED],
    [{}, REFUSED],
  ]);
});

describe('FloatAttribute', () => {
  coercionTable(new FloatAttribute(), [
    [2.5, 2.5],
    ['2.5', 2.5],
    ['.5', 0.5],
    [-0, 0],
    [3n, 3],
    [null, null],
    [true, REFUSED],
    ['pi', REFUSED],
    [Number.NaN, REFUSED],
    [-Infinity, REFUSED],
    ['1e400', REFUSED],
    [new Date(0), REFUSED],
  ]);

  it('refuses a bigint too large for a number, which would be Infinity and break the hash', () => {
    expect(() => new FloatAttribute().coerce(10n ** 400n, 'T.attr')).toThrow(AttributeTypeError);
  });
});
