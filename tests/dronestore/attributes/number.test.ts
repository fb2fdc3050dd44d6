// IntegerAttribute and FloatAttribute: their coercion tables.
import { describe } from 'vitest';
import { FloatAttribute, IntegerAttribute } from '../../../src/lib/dronestore/index.ts';
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
    [new Date(0), REFUSED],
  ]);
});
