// BooleanAttribute: its coercion table.
import { describe } from 'vitest';
import { BooleanAttribute } from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('BooleanAttribute', () => {
  coercionTable(new BooleanAttribute(), [
    [true, true],
    [false, false],
    ['true', true],
    [' FALSE ', false],
    [1, true],
    [0, false],
    [null, null],
    [2, REFUSED],
    ['yes', REFUSED],
    ['', REFUSED],
    [{}, REFUSED],
  ]);
});
