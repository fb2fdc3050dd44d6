// Filter and Order: operators, type rules, null handling and the cross-type sort order.

import { describe, expect, it } from 'vitest';
import { Filter, InvalidArgValueError, Order, Query } from '@project-hub/datastore';

const passes = (op: '<' | '<=' | '=' | '!=' | '>=' | '>', a: unknown, b: unknown) =>
  new Filter('f', op, b).valuePasses(a);

describe('Filter', () => {
  it('reads the field and applies the operator', () => {
    const f = new Filter('age', '>=', 18);
    expect([f.matches({ age: 21 }), f.matches({ age: 18 }), f.matches({ age: 3 })]).toEqual([
      true,
      true,
      false,
    ]);
  });
  it('treats null and undefined alike for = and !=', () => {
    expect(new Filter('x', '=', null).matches({})).toBe(true);
    expect(new Filter('x', '=', undefined).matches({ x: null })).toBe(true);
    expect(new Filter('x', '!=', null).matches({ x: 0 })).toBe(true);
    expect(new Filter('x', '!=', null).matches({ x: null })).toBe(false);
  });
  it('uses strict equality without coercion', () => {
    expect([
      passes('=', '5', 5),
      passes('=', 0, false),
      passes('=', 1, 1n),
      passes('!=', '5', 5),
    ]).toEqual([false, false, false, true]);
  });
  it('orders only two numbers, two bigints, two strings or two Dates', () => {
    expect([
      passes('<', 1, 2),
      passes('<', 1n, 2n),
      passes('<', 'A', 'a'),
      passes('<', new Date(1), new Date(2)),
    ]).toEqual([true, true, true, true]);
    expect([
      passes('<', '1', 2),
      passes('<', 1, 2n),
      passes('>', null, 0),
      passes('<=', {}, {}),
      passes('>=', true, false),
    ]).toEqual([false, false, false, false, false]);
  });
  it('never matches NaN with an ordering operator', () => {
    expect(['<', '<=', '>=', '>'].map((op) => passes(op as '<', NaN, 1))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(passes('>=', 1, NaN)).toBe(false);
  });
  it('compares Dates by time, so equal times match =', () => {
    expect(passes('=', new Date(5), new Date(5))).toBe(true);
    expect(passes('!=', new Date(5), new Date(6))).toBe(true);
  });
  it('never throws on odd data', () => {
    const f = new Filter('x', '<', 3);
    expect([
      f.matches(null),
      f.matches(undefined),
      f.matches(42),
      f.matches('str'),
      f.matches(Object.create(null)),
    ]).toEqual([false, false, false, false, false]);
  });
  it('prints, serialises and compares', () => {
    expect(String(new Filter('key', '>', '/A'))).toBe('key > /A');
    expect(new Filter('a', '=', 1).toJSON()).toEqual(['a', '=', 1]);
    expect(new Filter('a', '=', 1).equals(new Filter('a', '=', 1))).toBe(true);
    expect(new Filter('a', '=', 1).equals(new Filter('a', '!=', 1))).toBe(false);
  });
  it('Regression: a filter on NaN equals an identical filter', () => {
    expect(new Filter('a', '=', NaN).equals(new Filter('a', '=', NaN))).toBe(true);
    expect(new Filter('a', '=', NaN).equals(new Filter('a', '=', 0))).toBe(false);
  });
  it('Regression: prints a filter whose value String() refuses (a null-prototype object)', () => {
    const value = Object.create(null) as object;
    expect(String(new Filter('a', '=', value))).toBe('a = [object Object]');
    expect(new Query('/q').filter('a', '=', value).toJSON().filter).toEqual([['a', '=', value]]);
  });
  it('refuses an unknown operator or an empty field', () => {
    expect(() => new Filter('a', '==' as never, 1)).toThrow(
      '[datastore] unknown filter operator "=="; use one of < <= = != >= >',
    );
    expect(() => new Filter('a', '==' as never, 1)).toThrow(TypeError);
    expect(() => new Filter('', '=', 1)).toThrow(TypeError);
  });
});

describe('Order', () => {
  it('parses +field, -field and field', () => {
    expect([
      new Order('+a').isAscending(),
      new Order('a').isAscending(),
      new Order('-a').isDescending(),
    ]).toEqual([true, true, true]);
    expect([String(new Order('key')), new Order('-key').field]).toEqual(['+key', 'key']);
    expect(new Order('a').equals(new Order('+a'))).toBe(true);
  });
  it('refuses an order without a field', () => {
    for (const bad of ['', '+', '-']) expect(() => new Order(bad)).toThrow(InvalidArgValueError);
    expect(() => new Order('-')).toThrow(
      `[datastore] Order "-" names no field; use '+field' or '-field'`,
    );
    expect(() => new Order(3 as never)).toThrow(TypeError);
  });
  it('sorts stably with the first order primary', () => {
    const items = [
      { a: 1, b: 2, id: 0 },
      { a: 0, b: 2, id: 1 },
      { a: 1, b: 1, id: 2 },
      { a: 0, b: 2, id: 3 },
    ];
    expect(Order.sorted(items, [new Order('-b'), new Order('+a')]).map((x) => x.id)).toEqual([
      1, 3, 0, 2,
    ]);
  });
  it('puts missing and null first, then booleans, numbers and bigints, strings, Dates, then the rest', () => {
    const items: { id: string; v?: unknown }[] = [
      { id: 'obj', v: [1] },
      { id: 'b', v: 'b' },
      { id: 'date', v: new Date(0) },
      { id: '2n', v: 2n },
    ];
    items.push(
      { id: '1.5', v: 1.5 },
      { id: 'true', v: true },
      { id: 'null', v: null },
      { id: 'a', v: 'a' },
    );
    items.push({ id: '-1', v: -1 }, { id: 'missing' });
    const ids = (order: string) => Order.sorted(items, [new Order(order)]).map((x) => x.id);
    expect(ids('+v')).toEqual([
      'null',
      'missing',
      'true',
      '-1',
      '1.5',
      '2n',
      'a',
      'b',
      'date',
      'obj',
    ]);
    expect(ids('-v')).toEqual([
      'obj',
      'date',
      'b',
      'a',
      '2n',
      '1.5',
      '-1',
      'true',
      'null',
      'missing',
    ]);
  });
});
