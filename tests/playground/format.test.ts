// Tests of the value formatter shared by the build and the browser.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatArgs, formatValue } from '../../src/playground/format';
import { Key } from '@project-hub/datastore';

describe('formatValue', () => {
  it('prints primitives like Node', () => {
    expect(
      [1, -0, 1.5, NaN, true, null, undefined, 10n, Symbol('s')].map((v) => formatValue(v)),
    ).toEqual(['1', '-0', '1.5', 'NaN', 'true', 'null', 'undefined', '10n', 'Symbol(s)']);
  });

  it('quotes nested strings with the quote they do not contain', () => {
    expect(formatValue(['a', "it's", 'say "hi" it\'s', 'line\nbreak'])).toBe(
      `[ 'a', "it's", \`say "hi" it's\`, 'line\\nbreak' ]`,
    );
  });

  it('prints arrays and plain objects on one line when they fit', () => {
    expect(formatValue([1, 2])).toBe('[ 1, 2 ]');
    expect(formatValue({ a: 1, b: 'x' })).toBe("{ a: 1, b: 'x' }");
    expect(formatValue({ 'odd-key': [], nested: { deep: {} } })).toBe(
      "{ 'odd-key': [], nested: { deep: {} } }",
    );
    expect(formatValue([])).toBe('[]');
    expect(formatValue({})).toBe('{}');
  });

  it('breaks long collections over lines with two-space indentation', () => {
    const value = { first: 'a'.repeat(30), second: 'b'.repeat(30), third: [1, 2] };
    expect(formatValue(value)).toBe(
      `{\n  first: '${'a'.repeat(30)}',\n  second: '${'b'.repeat(30)}',\n  third: [ 1, 2 ]\n}`,
    );
  });

  it('prints maps and sets with their size', () => {
    expect(formatValue(new Map([['a', 1]]))).toBe("Map(1) { 'a' => 1 }");
    expect(formatValue(new Set([1, 2]))).toBe('Set(2) { 1, 2 }');
    expect(formatValue(new Map())).toBe('Map(0) {}');
  });

  it('names class instances and null-prototype objects', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    expect(formatValue(new Point(1, 2))).toBe('Point { x: 1, y: 2 }');
    expect(formatValue(Object.create(null))).toBe('[Object: null prototype] {}');
  });

  it('prints functions, classes, dates, regexps and promises', () => {
    expect(formatValue(function named() {})).toBe('[Function: named]');
    expect(formatValue(async () => {})).toBe('[AsyncFunction (anonymous)]');
    expect(formatValue(class Foo {})).toBe('[class Foo]');
    expect(formatValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(formatValue(/a+/g)).toBe('/a+/g');
    expect(formatValue(Promise.resolve(1))).toBe('[Promise]');
  });

  it('prints errors as name and message, bracketed when nested', () => {
    expect(formatValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(formatValue({ error: new Error('x') })).toBe('{ error: [Error: x] }');
  });

  it('collapses objects nested deeper than two levels and marks cycles', () => {
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle['self'] = cycle;
    expect(formatValue(cycle)).toBe("{ name: 'loop', self: [Circular] }");
  });

  it('shows holes and truncates arrays longer than 100 items', () => {
    expect(formatValue([1, , 3])).toBe('[ 1, <1 empty item>, 3 ]');
    expect(formatValue(new Array(102).fill(0)).endsWith('... 2 more items\n]')).toBe(true);
  });

  it("honours a value's own nodejs.util.inspect.custom method, as Node does", () => {
    class Money {
      constructor(readonly cents: number) {}
      [Symbol.for('nodejs.util.inspect.custom')]() {
        return `Money(${this.cents / 100})`;
      }
    }
    const value = { price: new Money(250), list: [new Money(1)] };
    expect(formatValue(value)).toBe(inspect(value));
    expect(formatValue(value)).toBe('{ price: Money(2.5), list: [ Money(0.01) ] }');
  });

  it('prints a datastore key as Key(...) with the library hook', () => {
    expect(formatValue(new Key('/hello'))).toBe("Key('/hello')");
    expect(formatValue({ key: new Key('a/b') })).toBe("{ key: Key('/a/b') }");
  });
});

describe('formatValue against Node', () => {
  // The same text in the page as in Node's console: compare with util.inspect on generated values.
  it('prints JSON values exactly as util.inspect does', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(formatValue(value)).toBe(inspect(value));
      }),
      { numRuns: 500 },
    );
  });

  it('prints maps, sets, dates, bigints, sparse, typed and null-prototype values as util.inspect does', () => {
    const values = fc.anything({
      maxDepth: 3,
      withMap: true,
      withSet: true,
      withDate: true,
      withBigInt: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: false,
      withObjectString: false,
    });
    fc.assert(
      fc.property(values, (value) => {
        expect(formatValue(value)).toBe(inspect(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatArgs', () => {
  it('prints top-level strings plainly and joins arguments with a space', () => {
    expect(formatArgs(['hello', 'world', 42, { a: 'x' }])).toBe("hello world 42 { a: 'x' }");
  });
});
