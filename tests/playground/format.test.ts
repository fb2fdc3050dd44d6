// Tests of the value formatter shared by the build and the browser.
import { format, inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatArgs, formatValue, type PromiseState } from '../../src/playground/format';
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
    expect(formatValue(new Promise(() => {}))).toBe('Promise { <pending> }');
    expect(
      formatValue(Promise.resolve(1), { promiseState: () => ({ state: 'fulfilled', value: 1 }) }),
    ).toBe('Promise { 1 }');
  });

  it('prints array buffers and data views as util.inspect does', () => {
    const buffer = new Uint8Array([1, 2, 255]).buffer;
    for (const value of [buffer, new ArrayBuffer(0), new ArrayBuffer(150), new DataView(buffer, 1)])
      expect(formatValue(value)).toBe(inspect(value));
  });

  it('prints errors as name and message, bracketed when nested', () => {
    expect(formatValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(formatValue({ error: new Error('x') })).toBe('{ error: [Error: x] }');
  });

  it('collapses objects nested deeper than two levels and marks cycles', () => {
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle['self'] = cycle;
    expect(formatValue(cycle)).toBe("<ref *1> { name: 'loop', self: [Circular *1] }");
    expect(formatValue(cycle)).toBe(inspect(cycle));
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
      withBoxedValues: true,
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

describe('formatValue against Node, on the kinds a reader can build', () => {
  // Node reads a promise's state synchronously; the page learns it a microtask later and passes
  // it in: the generated promises record theirs here.
  const states = new WeakMap<Promise<unknown>, PromiseState>();
  const promiseState = (promise: Promise<unknown>) => states.get(promise);
  const settled = (promise: Promise<unknown>, state: PromiseState) => {
    promise.catch(() => {});
    states.set(promise, state);
    return promise;
  };
  class Stack extends Array {}
  const key = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  const message = fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/);
  const leaf = fc.anything({
    maxDepth: 1,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withNullPrototype: true,
    withTypedArray: true,
  });
  const extras = fc.dictionary(key, leaf, { maxKeys: 3 });
  const kinds = fc.oneof(
    leaf,
    leaf.map((value) => settled(Promise.resolve(value), { state: 'fulfilled', value })),
    leaf.map((value) => settled(Promise.reject(value), { state: 'rejected', value })),
    fc.constant(null).map(() => new Promise(() => {})),
    fc
      .tuple(fc.array(leaf, { maxLength: 8 }), extras)
      .map(([items, more]) => Object.assign(items, more)),
    extras.map((more) => Object.assign(function named() {}, more)),
    extras.map((more) => Object.assign(class Named {}, more)),
    fc.array(leaf, { maxLength: 8 }).map((items) => Stack.from(items)),
    fc.array(leaf, { maxLength: 5 }).map((items) =>
      (function (..._: unknown[]) {
        return arguments;
      })(...items),
    ),
    fc.uint8Array({ maxLength: 120 }).map((bytes) => new Uint8Array(bytes).buffer),
    fc.uint8Array({ maxLength: 20 }).map((bytes) => new DataView(new Uint8Array(bytes).buffer)),
    fc
      .constantFrom(
        () => [1][Symbol.iterator](),
        () => 'ab'[Symbol.iterator](),
        () => (function* () {})(),
      )
      .map((make) => make()),
    fc
      .tuple(fc.constantFrom(Error, TypeError, RangeError), message, fc.option(leaf), extras)
      .map(([Kind, text, cause, more]) => {
        const error = cause === null ? new Kind(text) : new Kind(text, { cause });
        // Node prints the stack; the page prints its first line: compare on that line.
        error.stack = text ? `${error.name}: ${text}` : error.name;
        return Object.assign(error, more);
      }),
  );

  it('prints promises, boxed primitives, buffers, Array subclasses, iterators, arguments, errors with cause and extra properties as util.inspect does', () => {
    // Inside an array or object: at the top level Node prints an error's stack, the page its first line.
    const values = fc.oneof(
      fc.array(kinds, { maxLength: 4 }),
      fc.dictionary(key, kinds, { maxKeys: 4 }),
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(formatValue(value, { promiseState })).toBe(inspect(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('formats printf-style arguments as util.format does', () => {
    const spec = fc.constantFrom('%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x', '%');
    const text = fc.array(fc.oneof(spec, message), { maxLength: 6 }).map((parts) => parts.join(''));
    const arg = fc.oneof(
      fc.anything({
        maxDepth: 2,
        withBigInt: true,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
      }),
      fc.double(),
      fc.string(),
    );
    fc.assert(
      fc.property(text, fc.array(arg, { maxLength: 4 }), (first, rest) => {
        const args = [first, ...rest];
        let expected: string;
        try {
          expected = format(...args);
        } catch (error) {
          // `%j` of a bigint throws in Node too.
          expect(() => formatArgs(args)).toThrow((error as Error).message);
          return;
        }
        expect(formatArgs(args)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatArgs', () => {
  it('prints top-level strings plainly and joins arguments with a space', () => {
    expect(formatArgs(['hello', 'world', 42, { a: 'x' }])).toBe("hello world 42 { a: 'x' }");
  });
});
