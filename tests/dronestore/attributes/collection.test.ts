// ListAttribute and DictAttribute: coercion tables, item errors, frozen values.
import { describe, expect, it } from 'vitest';
import {
  DateTimeAttribute,
  defineModel,
  DictAttribute,
  FloatAttribute,
  IntegerAttribute,
  ListAttribute,
  ModelRegistry,
  StringAttribute,
  Version,
} from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('ListAttribute', () => {
  coercionTable(new ListAttribute({ item: new IntegerAttribute() }), [
    [
      [1, '2', 3.7],
      [1, 2, 3],
    ],
    [[], []],
    [null, []],
    [[1, null], REFUSED],
    // eslint-disable-next-line no-sparse-arrays
    [[1, , 3], REFUSED], // a hole is a missing item, refused now rather than failing at commit
    [[1, 'x'], REFUSED],
    ['1,2', REFUSED],
    [{ 0: 1 }, REFUSED],
  ]);

  it('names the failing item', () => {
    const list = new ListAttribute({ item: new IntegerAttribute() });
    expect(() => list.coerce([1, 'x'], 'T.nums')).toThrow(
      '[T.nums[1]] cannot use "x" as an integer',
    );
  });

  it('returns frozen lists', () => {
    expect(Object.isFrozen(new ListAttribute({ item: new StringAttribute() }).coerce(['a']))).toBe(
      true,
    );
  });

  it('stores items as their own JSON data', () => {
    const list = new ListAttribute({ item: new DateTimeAttribute() });
    expect(list.toData(list.coerce(['2011-12-01']))).toEqual(['2011-12-01T00:00:00.000Z']);
  });

  it('counts an empty list as empty', () => {
    expect(new ListAttribute({ item: new StringAttribute() }).isEmpty([])).toBe(true);
  });
});

describe('DictAttribute', () => {
  coercionTable(new DictAttribute({ value: new FloatAttribute() }), [
    [
      { pi: '3.14', e: 2.71 },
      { pi: 3.14, e: 2.71 },
    ],
    [new Map([['a', 1]]), { a: 1 }],
    [null, {}],
    [{ a: 'x' }, REFUSED],
    [{ a: null }, REFUSED],
    [new Map([[1, 1]]), REFUSED],
    [[1, 2], REFUSED],
    [new Date(0), REFUSED],
  ]);

  it('keeps a __proto__ key as data, through a commit and a JSON round trip', () => {
    const Doc = defineModel(
      'ProtoDoc',
      { counts: new DictAttribute({ value: new IntegerAttribute() }) },
      { registry: new ModelRegistry() },
    );
    const doc = new Doc('d');
    doc.counts = JSON.parse('{"__proto__": "1", "a": 2}') as Record<string, number>;
    expect(Object.keys(doc.counts)).toEqual(['__proto__', 'a']);
    const version = doc.commit();
    const back = Version.fromJSON(JSON.parse(JSON.stringify(version)));
    expect(back.hash).toBe(version.hash);
    expect(Object.entries(Doc.fromVersion(back).counts)).toEqual([
      ['__proto__', 1],
      ['a', 2],
    ]);
  });

  it('returns frozen records', () => {
    expect(
      Object.isFrozen(new DictAttribute({ value: new FloatAttribute() }).coerce({ a: 1 })),
    ).toBe(true);
  });
});
