// Regression tests for the fixes over py-dronestore 0.2.x listed in the spec.
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  ListAttribute,
  LatestStrategy,
  ModelRegistry,
  Repo,
  StringAttribute,
  type MergeStrategy,
} from '@project-hub/dronestore';
import { manualClock, MyModel } from './_fixtures.ts';

describe('Regression: the original took time from the system clock', () => {
  it('orders two edits in the same millisecond and a later edit after a clock that ran ahead', () => {
    const clock = manualClock('laptop', 50);
    const foo = new MyModel('clock', { clock });
    foo.first = 'a';
    const first = foo.commit().attributes['first']?.['updated'];
    foo.first = 'b';
    const second = foo.commit().attributes['first']?.['updated'];
    expect(BigInt(second as number)).toBeGreaterThan(BigInt(first as number));

    const ahead = MyModel.fromVersion(foo.version, { clock: manualClock('phone', 10_000_000) });
    ahead.first = 'phone, from the future';
    ahead.commit();
    foo.merge(ahead);
    foo.first = 'laptop, later'; // the laptop's wall clock still says 50 ms
    foo.commit();
    ahead.merge(foo);
    expect(ahead.first).toBe('laptop, later');
  });
});

describe('Regression: ties between equal stamps were decided by merge direction', () => {
  it('breaks ties by replica id, so both replicas converge to one value and hash', () => {
    const laptop = new MyModel('tie', { clock: manualClock('laptop') });
    const phone = new MyModel('tie', { clock: manualClock('phone') });
    laptop.first = 'L';
    phone.first = 'P';
    laptop.commit();
    phone.commit();
    laptop.merge(phone);
    phone.merge(laptop);
    expect([laptop.first, phone.first]).toEqual(['P', 'P']);
    expect(laptop.version.hash).toBe(phone.version.hash);
  });
});

describe('Regression: loading a model re-stamped its Latest attributes', () => {
  it('restores stamps from the stored version, so an edit made elsewhere later still wins', async () => {
    const laptopClock = manualClock('laptop', 10);
    const repo = new Repo(undefined, { clock: laptopClock });
    const laptop = new MyModel('load', { clock: laptopClock });
    laptop.first = 'laptop at 10 ms';
    laptop.commit();
    await repo.put(laptop);

    const phone = MyModel.fromVersion(laptop.version, { clock: manualClock('phone', 20) });
    phone.first = 'phone at 20 ms';
    phone.commit();

    laptopClock.wallMs = 30; // loaded at 30 ms: the original stamped `first` 30 here
    const loaded = await repo.get(laptop.key, MyModel);
    expect(loaded?.version.attributes['first']).toEqual(laptop.version.attributes['first']);
    loaded?.merge(phone);
    expect(loaded?.first).toBe('phone at 20 ms');
  });
});

describe('Regression: a remote version without an attribute crashed the merge', () => {
  it('keeps the local attribute', () => {
    const v1 = defineModel(
      'Evolving',
      { a: new StringAttribute({ strategy: LatestStrategy }) },
      { registry: new ModelRegistry() },
    );
    const v2 = defineModel(
      'Evolving',
      {
        a: new StringAttribute({ strategy: LatestStrategy }),
        extra: new StringAttribute({ strategy: LatestStrategy }),
      },
      { registry: new ModelRegistry() },
    );
    const old = new v1('x', { clock: manualClock('old', 5) });
    old.a = 'from old';
    old.commit();
    const current = new v2('x', { clock: manualClock('new') });
    current.extra = 'kept';
    current.commit();
    const report = current.merge(old.version);
    expect([current.a, current.extra]).toEqual(['from old', 'kept']);
    expect(report.decisions.find((d) => d.name === 'extra')?.reason).toBe(
      'the remote version lacks it',
    );
  });
});

describe('Regression: repositories shared one default store', () => {
  it('gives each repository its own store', async () => {
    const [a, b] = [new Repo(), new Repo()];
    const foo = new MyModel('shared');
    foo.commit();
    await a.put(foo);
    expect(a.store).not.toBe(b.store);
    expect(await b.contains(foo.key)).toBe(false);
  });
});

describe('Regression: merged data was shared with the remote object', () => {
  it('copies data taken from the remote version', () => {
    const Tagged = defineModel(
      'Tagged',
      { tags: new ListAttribute({ item: new StringAttribute(), strategy: LatestStrategy }) },
      { registry: new ModelRegistry() },
    );
    const a = new Tagged('t', { clock: manualClock('a') });
    a.commit();
    const b = Tagged.fromVersion(a.version, { clock: manualClock('b', 5) });
    b.tags = ['x'];
    b.commit();
    a.merge(b);
    expect(a.version.attributes['tags']).toEqual(b.version.attributes['tags']);
    expect(a.version.attributes['tags']).not.toBe(b.version.attributes['tags']);
    expect(a.version.attributes['tags']?.value).not.toBe(b.version.attributes['tags']?.value);
  });

  it('copies data a custom strategy returns', () => {
    const shared = { value: ['merged'] as string[] };
    const Grab: MergeStrategy = {
      name: 'Grab',
      merge: () => ({ winner: 'merged', reason: 'always', data: shared }),
    };
    const Grabby = defineModel(
      'Grabby',
      { tags: new ListAttribute({ item: new StringAttribute(), strategy: Grab }) },
      { registry: new ModelRegistry() },
    );
    const a = new Grabby('g', { clock: manualClock('a') });
    a.commit();
    const b = Grabby.fromVersion(a.version, { clock: manualClock('b') });
    b.tags = ['b'];
    b.commit();
    a.merge(b);
    shared.value.push('changed afterwards');
    expect(a.tags).toEqual(['merged']);
  });
});

describe('Regression: LatestObjectStrategy compared whole-version commit times', () => {
  it('gives the same result whatever the order in which versions are merged', () => {
    // The original compared version commit times; a merge is a commit, so after taking the
    // phone's version the laptop "won" against a tablet version committed in between.
    const Doc = defineModel(
      'OrderDoc',
      { body: new StringAttribute() },
      { registry: new ModelRegistry() },
    );
    const base = new Doc('d', { clock: manualClock('laptop', 0) });
    base.body = 'laptop at 0 ms';
    base.commit();
    const phone = Doc.fromVersion(base.version, { clock: manualClock('phone', 10) });
    phone.body = 'phone at 10 ms';
    phone.commit();
    const tablet = Doc.fromVersion(base.version, { clock: manualClock('tablet', 20) });
    tablet.body = 'tablet at 20 ms';
    tablet.commit();
    const mergeIn = (order: (typeof phone)[]) => {
      const copy = Doc.fromVersion(base.version, { clock: manualClock('laptop', 30) });
      for (const other of order) copy.merge(other);
      return copy.body;
    };
    expect(mergeIn([phone, tablet])).toBe('tablet at 20 ms');
    expect(mergeIn([tablet, phone])).toBe('tablet at 20 ms');
  });
});
