// StringAttribute and TextAttribute: coercion tables and the line-break rule.
import { describe, expect, it } from 'vitest';
import { StringAttribute, TextAttribute } from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('StringAttribute', () => {
  coercionTable(new StringAttribute(), [
    ['hello', 'hello'],
    ['', ''],
    [42, '42'],
    [-1.5, '-1.5'],
    [10n, '10'],
    [true, 'true'],
    [null, null],
    [undefined, null],
    ['two\nlines', REFUSED],
    ['carriage\rreturn', REFUSED],
    [Number.NaN, REFUSED],
    [{}, REFUSED],
    [['a'], REFUSED],
    [new Date(0), REFUSED],
  ]);

  it('accepts line breaks when multiline', () => {
    expect(new StringAttribute({ multiline: true }).coerce('a\nb')).toBe('a\nb');
  });

  it('says why a line break is refused', () => {
    expect(() =>
      new StringAttribute().coerce('a\nb', 'Note.title'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[AttributeTypeError: [dronestore] [Note.title] cannot use "a\\nb" as a string: line breaks need a multiline attribute]`,
    );
  });
});

describe('TextAttribute', () => {
  coercionTable(new TextAttribute(), [
    ['a\nb\r\nc', 'a\nb\r\nc'],
    [7, '7'],
    [null, null],
    [Symbol.iterator, REFUSED],
  ]);
});
