// TimeAttribute and DateTimeAttribute: coercion tables and their JSON data.
import { describe, expect, it } from 'vitest';
import { DateTimeAttribute, TimeAttribute } from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('TimeAttribute', () => {
  coercionTable(new TimeAttribute(), [
    [5n, 5n],
    [0, 0n],
    [1_700_000_000_000, 1_700_000_000_000n],
    ['18446744073709551615', 18446744073709551615n],
    [new Date(2), 2_000_000n],
    [null, null],
    [-1, REFUSED],
    [-1n, REFUSED],
    [1.5, REFUSED],
    ['12:00', REFUSED],
    [true, REFUSED],
    [new Date(Number.NaN), REFUSED],
  ]);

  it('stores stamps beyond 2^53 as decimal strings', () => {
    const attribute = new TimeAttribute();
    expect(attribute.toData(2n ** 60n)).toBe('1152921504606846976');
    expect(attribute.toData(2n ** 52n)).toBe(2 ** 52);
    expect(attribute.fromData('1152921504606846976')).toBe(2n ** 60n);
  });
});

describe('DateTimeAttribute', () => {
  const iso = (text: string) => new Date(text);
  coercionTable(new DateTimeAttribute(), [
    ['2011-12-01T10:00:00Z', iso('2011-12-01T10:00:00Z')],
    ['2011-12-01T10:00:00.123+02:00', iso('2011-12-01T08:00:00.123Z')],
    ['2011-12-01', iso('2011-12-01T00:00:00Z')],
    ['2011-12-01T10:00', iso('2011-12-01T10:00:00Z')],
    ['2011-12-01 10:00:00', iso('2011-12-01T10:00:00Z')],
    [new Date(86_400_000), new Date(86_400_000)],
    [null, null],
    ['December 1, 2011', REFUSED],
    ['2011-13-45', REFUSED],
    ['2011-02-30', REFUSED], // Date alone would roll it over to March 2
    ['2011-02-29T10:00:00Z', REFUSED],
    ['2012-02-29T10:00:00Z', iso('2012-02-29T10:00:00Z')],
    ['+002011-12-01T10:00:00Z', iso('2011-12-01T10:00:00Z')],
    [1_700_000_000_000, REFUSED],
    [new Date(Number.NaN), REFUSED],
  ]);

  it('stores an ISO 8601 string and reads back an equal Date', () => {
    const attribute = new DateTimeAttribute();
    const data = attribute.toData(new Date('2011-12-01T10:00:00Z'));
    expect(data).toBe('2011-12-01T10:00:00.000Z');
    expect(attribute.fromData(data)).toEqual(new Date('2011-12-01T10:00:00Z'));
  });

  it('copies a given Date rather than keeping it', () => {
    const date = new Date(0);
    const coerced = new DateTimeAttribute().coerce(date);
    date.setTime(5);
    expect(coerced?.getTime()).toBe(0);
  });
});
