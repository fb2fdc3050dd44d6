// Models: declaration, typing, keys, flags, coercion, validation and commit.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Key } from '@project-hub/datastore';
import {
  defineModel,
  InvalidNameError,
  IntegerAttribute,
  KeyAttribute,
  ListAttribute,
  Model,
  ModelDefinitionError,
  ModelRegistry,
  StringAttribute,
  ValidationError,
  BLANK_HASH,
  LatestStrategy,
  Version,
  VersionError,
  type AttributeMap,
} from '@project-hub/dronestore';
import { manualClock, MyModel, registry } from './_fixtures.ts';

const Person = defineModel(
  'Person',
  {
    name: new StringAttribute({ required: true }),
    age: new IntegerAttribute({ default: 0 }),
    tags: new ListAttribute({ item: new StringAttribute(), strategy: LatestStrategy }),
  },
  { registry },
);

describe('Model', () => {
  it('runs the seed hello world', () => {
    const foo = new MyModel('FooBar');
    foo.first = 'Hello';
    foo.commit();
    const bar = new MyModel('FooBar');
    bar.second = 'World';
    bar.commit();
    foo.merge(bar);
    expect(`${foo.first} ${foo.second}`).toBe('Hello World');
  });

  it('types attribute properties from their declarations', () => {
    const p = new Person('ana');
    expectTypeOf(p.name).toEqualTypeOf<string | null>();
    expectTypeOf(p.age).toEqualTypeOf<number | null>();
    expectTypeOf(p.tags).toEqualTypeOf<readonly string[]>();
    expect([p.name, p.age, p.tags]).toEqual([null, 0, []]);
    // @ts-expect-error a number is not a string: the assignment does not type-check
    expect(() => (p.name = { first: 'Ana' } as unknown as number)).toThrow(TypeError);
    // @ts-expect-error unknown attributes are not properties
    expect(p.nickname).toBeUndefined();
  });

  it('derives keys from dstype, name and parent', () => {
    expect(new MyModel('A').key.toString()).toBe('/MyModel:A');
    expect(MyModel.key.instance('A').equals(new MyModel('A').key)).toBe(true);
    expect(new MyModel('A', { parent: '/team' }).key.toString()).toBe('/team/MyModel:A');
    expect(MyModel.dstype).toBe('MyModel');
    expect(MyModel.name).toBe('MyModel');
  });

  it('refuses names that are empty or contain a slash', () => {
    expect(() => new MyModel('a/b')).toThrow(InvalidNameError);
    expect(() => new MyModel('')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_NAME' }));
  });

  it('refuses two model types with one dstype', () => {
    const local = new ModelRegistry();
    defineModel('Twice', { a: new StringAttribute() }, { registry: local });
    expect(() => defineModel('Twice', { a: new IntegerAttribute() }, { registry: local })).toThrow(
      ModelDefinitionError,
    );
    expect(() => defineModel('Twice', { b: new StringAttribute() }, { registry: local })).toThrow(
      'two model types are named Twice',
    );
  });

  it('refuses a second declaration that differs only in item type, default, options or constraints', () => {
    const local = new ModelRegistry();
    const declare = (attributes: AttributeMap) => () =>
      defineModel('Close', attributes, { registry: local });
    declare({ a: new ListAttribute({ item: new StringAttribute() }) })();
    expect(declare({ a: new ListAttribute({ item: new IntegerAttribute() }) })).toThrow(
      ModelDefinitionError,
    );
    const other = new ModelRegistry();
    defineModel('Near', { a: new StringAttribute({ default: 'x' }) }, { registry: other });
    for (const attribute of [
      new StringAttribute({ default: 'y' }),
      new StringAttribute({ default: 'x', multiline: true }),
    ]) {
      expect(() => defineModel('Near', { a: attribute }, { registry: other })).toThrow(
        'two model types are named Near',
      );
    }
    defineModel('Link', { to: new KeyAttribute({ type: 'A' }) }, { registry: other });
    expect(() =>
      defineModel('Link', { to: new KeyAttribute({ type: 'B' }) }, { registry: other }),
    ).toThrow(ModelDefinitionError);
    expect(defineModel('Link', { to: new KeyAttribute({ type: 'A' }) }, { registry: other })).toBe(
      other.get('Link'),
    );
  });

  it('lets an identical declaration run again and replace the first (a re-run example)', () => {
    const local = new ModelRegistry();
    defineModel('Again', { a: new StringAttribute() }, { registry: local });
    const second = defineModel('Again', { a: new StringAttribute() }, { registry: local });
    expect(local.get('Again')).toBe(second);
  });

  it('refuses bad dstypes, reserved attribute names and bad defaults at declaration', () => {
    const local = new ModelRegistry();
    expect(() => defineModel('a/b', {}, { registry: local })).toThrow(ModelDefinitionError);
    expect(() => defineModel('R', { commit: new StringAttribute() }, { registry: local })).toThrow(
      /attribute name commit is reserved/,
    );
    expect(() =>
      defineModel('D', { n: new IntegerAttribute({ default: 'x' as never }) }, { registry: local }),
    ).toThrow(TypeError);
  });

  it('refuses, at declaration, attributes that are not attributes and strategies without merge()', () => {
    const local = new ModelRegistry();
    for (const attribute of ['string', null, {}]) {
      expect(() => defineModel('Odd', { a: attribute as never }, { registry: local })).toThrow(
        ModelDefinitionError,
      );
    }
    expect(() => new StringAttribute({ strategy: {} as never })).toThrow(ModelDefinitionError);
    expect(() => new ListAttribute({} as never)).toThrow(/ListAttribute needs `item`/);
  });

  it('cannot be instantiated without defineModel', () => {
    expect(() => new Model('x')).toThrow(ModelDefinitionError);
  });

  it('coerces values on assignment and through set()', () => {
    const p = new Person('ana');
    p.set('age', '41.9');
    expect(p.age).toBe(41);
    expect(() => p.set('age', 'old')).toThrow(TypeError);
    expect(() => p.set('nope', 1)).toThrow(/unknown attribute nope/);
  });

  it('tracks isDirty, isCommitted and isPersisted', () => {
    const p = new Person('ana');
    expect([p.isDirty, p.isCommitted, p.isPersisted]).toEqual([false, false, false]);
    p.name = 'Ana';
    expect(p.isDirty).toBe(true);
    p.commit();
    expect([p.isDirty, p.isCommitted]).toEqual([false, true]);
  });

  it('changes nothing when a value is set to what it already is', () => {
    const clock = manualClock('a');
    const p = new Person('ana', { clock });
    p.name = 'Ana';
    p.tags = ['x'];
    p.commit();
    const stamped = p.version.attributes['tags'];
    p.tags = ['x'];
    expect(p.isDirty).toBe(false);
    expect(clock.last).toBe(p.version.committed);
    expect(p.version.attributes['tags']).toBe(stamped);
  });

  it('refuses an empty required value at validate and commit', () => {
    const p = new Person('ana');
    expect(() => p.validate()).toThrow(ValidationError);
    expect(() => p.commit()).toThrow('[dronestore] [/Person:ana] attribute name is required');
    p.name = '';
    expect(() => p.commit()).toThrow(ValidationError);
  });

  it('refuses data that does not decode to the attribute type at validate', () => {
    const v = Version.create({
      key: '/Person:bad',
      type: 'Person',
      created: 1n,
      committed: 1n,
      attributes: { name: { value: 'Ana' }, age: { value: 'forty' }, tags: { value: [] } },
    });
    const p = Person.fromVersion(v);
    expect(() => p.validate()).toThrow(
      '[dronestore] [/Person:bad] attribute age holds invalid data',
    );
    expect(() => p.validate()).toThrow(expect.objectContaining({ cause: expect.any(TypeError) }));
  });

  it('loads names containing a colon, and refuses a version whose key is of another type', () => {
    const p = new Person('2011:12:01', { parent: '/Team:a' });
    p.name = 'Ana';
    const back = Person.fromVersion(p.commit());
    expect(back.key.toString()).toBe('/Team:a/Person:2011:12:01');
    const stray = (key: string) =>
      Version.create({ key, type: 'Person', created: 1n, committed: 1n, attributes: {} });
    for (const key of ['/Other:x', '/Person', '/Person:', '/PersonX:y']) {
      expect(() => Person.fromVersion(stray(key))).toThrow(VersionError);
    }
  });

  it('lets validate() be overridden', () => {
    class Adult extends defineModel('Adult', { age: new IntegerAttribute() }, { registry }) {
      override validate(): void {
        super.validate();
        if ((this.age ?? 0) < 18) throw new Error('too young');
      }
    }
    const a = new Adult('x');
    a.age = 12;
    expect(() => a.commit()).toThrow('too young');
    a.age = 30;
    expect(a.commit().isBlank).toBe(false);
    expect(Adult.fromVersion(a.version)).toBeInstanceOf(Adult);
  });

  it('returns frozen lists and fresh Dates, so the version cannot be changed behind its back', () => {
    const p = new Person('ana');
    p.tags = ['a'];
    expect(() => (p.tags as string[]).push('b')).toThrow(TypeError);
    expect(p.tags).toEqual(['a']);
  });
});

describe('Model.commit', () => {
  it('makes a first version with a blank parent and created equal to committed', () => {
    const foo = new MyModel('c1', { clock: manualClock('a', 5) });
    foo.first = 'x';
    const v = foo.commit();
    expect(v.parent).toBe(BLANK_HASH);
    expect(v.created).toBe(v.committed);
    expect(v.key.equals(new Key('/MyModel:c1'))).toBe(true);
  });

  it('chains versions: the parent is the previous hash, created is carried forward', () => {
    const clock = manualClock('a', 5);
    const foo = new MyModel('c2', { clock });
    foo.first = 'x';
    const v1 = foo.commit();
    clock.wallMs = 10;
    foo.first = 'y';
    const v2 = foo.commit();
    expect(v2.parent).toBe(v1.hash);
    expect(v2.created).toBe(v1.created);
    expect(v2.committed > v1.committed).toBe(true);
  });

  it('makes no new version when nothing changed', () => {
    const foo = new MyModel('c3');
    foo.first = 'x';
    const v1 = foo.commit();
    expect(foo.commit()).toBe(v1);
    foo.second = 'y';
    foo.second = null;
    expect(foo.isDirty).toBe(true);
    const v2 = foo.commit();
    expect(foo.isDirty).toBe(false);
    // LatestStrategy stamped `second` when it changed, so its data (not its value) differs.
    expect(v2.parent).toBe(v1.hash);
    expect(foo.commit()).toBe(v2);
  });
});
