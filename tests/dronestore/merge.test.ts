// Merges: each built-in strategy including ties, reports, and the errors of merge().
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  IntegerAttribute,
  LatestObjectStrategy,
  LatestStrategy,
  MaxStrategy,
  MergeError,
  ModelStateError,
  StringAttribute,
  DateTimeAttribute,
  Version,
} from '@project-hub/dronestore';
import { manualClock, MyModel, registry } from './_fixtures.ts';

const Doc = defineModel(
  'Doc',
  {
    title: new StringAttribute({ strategy: LatestStrategy }),
    body: new StringAttribute(), // LatestObjectStrategy by default
    score: new IntegerAttribute({ strategy: MaxStrategy }),
    label: new StringAttribute({ strategy: MaxStrategy }),
    due: new DateTimeAttribute({ strategy: MaxStrategy }),
  },
  { registry },
);

/** Two replicas of one Doc that start from a shared first version. */
function pair(name: string) {
  const laptopClock = manualClock('laptop', 1_000);
  const phoneClock = manualClock('phone', 1_000);
  const laptop = new Doc(name, { clock: laptopClock });
  laptop.commit();
  const phone = Doc.fromVersion(laptop.version, { clock: phoneClock });
  return { laptop, phone, laptopClock, phoneClock };
}

function decision(
  report: {
    decisions: readonly { name: string; winner: string; reason: string; changed: boolean }[];
  },
  name: string,
) {
  return report.decisions.find((d) => d.name === name);
}

describe('LatestStrategy', () => {
  it('takes the value updated later', () => {
    const { laptop, phone, phoneClock } = pair('l1');
    laptop.title = 'old';
    laptop.commit();
    phoneClock.wallMs = 5_000;
    phone.title = 'new';
    phone.commit();
    const report = laptop.merge(phone);
    expect(laptop.title).toBe('new');
    expect(decision(report, 'title')).toMatchObject({
      winner: 'remote',
      reason: expect.stringMatching(/^remote updated later/),
    });
    expect(phone.merge(laptop).changed).toBe(false);
  });

  it('keeps the local value when it was updated later', () => {
    const { laptop, phone, laptopClock } = pair('l2');
    phone.title = 'old';
    phone.commit();
    laptopClock.wallMs = 5_000;
    laptop.title = 'new';
    laptop.commit();
    expect(decision(laptop.merge(phone), 'title')?.winner).toBe('local');
    expect(laptop.title).toBe('new');
  });

  it('breaks a tie of equal stamps by the greater replica id, on both sides', () => {
    const { laptop, phone } = pair('l3');
    laptop.title = 'from laptop';
    phone.title = 'from phone';
    expect(laptop.version.hash).toBe(phone.version.hash);
    laptop.commit();
    phone.commit();
    const report = laptop.merge(phone);
    expect(decision(report, 'title')?.reason).toMatch(
      /tie broken by replica id: "phone" > "laptop"/,
    );
    phone.merge(laptop);
    expect([laptop.title, phone.title]).toEqual(['from phone', 'from phone']);
    expect(laptop.version.hash).toBe(phone.version.hash);
  });
});

describe('LatestObjectStrategy', () => {
  it('takes every attribute of the object committed later, changed or not', () => {
    const { laptop, phone, phoneClock } = pair('o1');
    laptop.body = 'laptop body';
    laptop.commit();
    phoneClock.wallMs = 9_000;
    phone.title = 'phone title'; // phone changes only the title, but its commit is later
    phone.commit();
    const report = laptop.merge(phone);
    expect(laptop.body).toBe(null);
    expect(decision(report, 'body')).toMatchObject({
      winner: 'remote',
      reason: expect.stringMatching(/^remote object committed later/),
    });
  });

  it('breaks a tie of equal commit stamps by replica id', () => {
    const { laptop, phone } = pair('o2');
    laptop.body = 'L';
    phone.body = 'P';
    laptop.commit();
    phone.commit();
    laptop.merge(phone);
    phone.merge(laptop);
    expect([laptop.body, phone.body]).toEqual(['P', 'P']);
    expect(laptop.version.hash).toBe(phone.version.hash);
  });

  it('is the default strategy', () => {
    expect(new StringAttribute().strategy).toBe(LatestObjectStrategy);
  });
});

describe('MaxStrategy', () => {
  it('takes the greater number, string or date', () => {
    const { laptop, phone } = pair('m1');
    laptop.score = 7;
    laptop.label = 'beta';
    laptop.due = new Date('2012-01-01T00:00:00Z');
    phone.score = 3;
    phone.label = 'gamma';
    phone.due = new Date('2013-01-01T00:00:00Z');
    laptop.commit();
    phone.commit();
    const report = laptop.merge(phone);
    expect([laptop.score, laptop.label, laptop.due?.toISOString()]).toEqual([
      7,
      'gamma',
      '2013-01-01T00:00:00.000Z',
    ]);
    expect(decision(report, 'score')).toMatchObject({
      winner: 'local',
      reason: 'local value is greater (7 > 3)',
    });
    expect(decision(report, 'label')?.reason).toBe('remote value is greater ("gamma" > "beta")');
  });

  it('ranks null lowest', () => {
    const { laptop, phone } = pair('m2');
    phone.score = -5;
    phone.commit();
    laptop.merge(phone);
    expect(laptop.score).toBe(-5);
  });

  it('compares numbers as numbers, not as text', () => {
    const { laptop, phone } = pair('m3');
    laptop.score = 9;
    phone.score = 10;
    laptop.commit();
    phone.commit();
    laptop.merge(phone);
    expect(laptop.score).toBe(10);
  });

  it('keeps an equal value as it is', () => {
    const { laptop, phone } = pair('m4');
    laptop.score = 4;
    phone.score = 4;
    laptop.commit();
    phone.commit();
    const report = laptop.merge(phone);
    expect(decision(report, 'score')).toMatchObject({ winner: 'local', changed: false });
    expect(laptop.score).toBe(4);
  });
});

describe('Model.merge', () => {
  it('commits the result with the local version as parent', () => {
    const { laptop, phone, phoneClock } = pair('g1');
    const base = laptop.version;
    phoneClock.wallMs = 2_000;
    phone.title = 'x';
    phone.commit();
    const report = laptop.merge(phone.version);
    expect(report.changed).toBe(true);
    expect(report.version).toBe(laptop.version);
    expect(laptop.version.parent).toBe(base.hash);
    expect(laptop.version.hash).toBe(phone.version.hash);
    expect(laptop.isDirty).toBe(false);
  });

  it('changes nothing when the same version is merged twice', () => {
    const { laptop, phone } = pair('g2');
    phone.title = 'x';
    phone.commit();
    laptop.merge(phone);
    const after = laptop.version;
    expect(laptop.merge(phone).changed).toBe(false);
    expect(laptop.version).toBe(after);
  });

  it('reports a decision and a reason for every attribute', () => {
    const { laptop, phone } = pair('g3');
    phone.title = 'x';
    phone.commit();
    const report = laptop.merge(phone);
    expect(report.decisions.map((d) => [d.name, d.strategy, d.winner])).toEqual([
      ['title', 'LatestStrategy', 'remote'],
      ['body', 'LatestObjectStrategy', 'remote'],
      ['score', 'MaxStrategy', 'local'],
      ['label', 'MaxStrategy', 'local'],
      ['due', 'MaxStrategy', 'local'],
    ]);
    expect(decision(report, 'score')?.reason).toBe('both sides hold the same data');
  });

  it('refuses another key, another type, or something that is not a version', () => {
    const { laptop } = pair('g4');
    const other = new Doc('other');
    other.commit();
    expect(() => laptop.merge(other)).toThrow(MergeError);
    const foreign = Version.create({
      key: laptop.key,
      type: 'Other',
      created: 1n,
      committed: 1n,
      attributes: {},
    });
    expect(() => laptop.merge(foreign)).toThrow(/type Other/);
    expect(() => laptop.merge({} as Version)).toThrow(
      expect.objectContaining({ code: 'ERR_MERGE' }),
    );
  });

  it('refuses merged data that does not validate, and leaves the instance as it was', () => {
    const { laptop } = pair('g6');
    const before = laptop.version;
    const j = before.toJSON();
    const bad = (attributes: Version['attributes']) =>
      Version.create({ key: j.key, type: j.type, created: 1n, committed: 2n, attributes });
    const later = { updated: '99999999999999999999', replica: 'phone' };
    for (const remote of [
      bad({ ...j.attributes, title: { value: 'two\nlines', ...later } }),
      bad({ ...j.attributes, score: { value: 'lots' } }),
    ]) {
      expect(() => laptop.merge(remote)).toThrow(MergeError);
      expect(() => laptop.merge(remote)).toThrow(
        expect.objectContaining({ cause: expect.any(Error) }),
      );
      expect(laptop.version).toBe(before);
      expect([laptop.title, laptop.score, laptop.isDirty]).toEqual([null, null, false]);
    }
  });

  it('refuses to merge into a dirty or never-committed instance', () => {
    const { laptop, phone } = pair('g5');
    laptop.title = 'dirty';
    expect(() => laptop.merge(phone)).toThrow(ModelStateError);
    const fresh = new Doc('g5');
    expect(() => fresh.merge(phone)).toThrow(/never committed/);
  });

  it('makes later local edits win over what was merged, even from a clock running ahead', () => {
    const { laptop, phone, phoneClock } = pair('g6');
    phoneClock.wallMs = 1_000_000; // the phone's clock is far ahead
    phone.title = 'phone';
    phone.commit();
    laptop.merge(phone);
    laptop.title = 'laptop, after seeing the phone';
    laptop.commit();
    phone.merge(laptop);
    expect(phone.title).toBe('laptop, after seeing the phone');
  });
});

describe('hello world', () => {
  it('merges Hello and World with fixed clocks to a pinned hash', () => {
    const foo = new MyModel('FooBar', { clock: manualClock('laptop') });
    foo.first = 'Hello';
    foo.commit();
    const bar = new MyModel('FooBar', { clock: manualClock('phone') });
    bar.second = 'World';
    bar.commit();
    foo.merge(bar);
    bar.merge(foo);
    expect(`${foo.first} ${foo.second}`).toBe('Hello World');
    expect(foo.version.hash).toBe(bar.version.hash);
    expect(foo.version.hash).toBe('ea3cd49a6024291b9b0f3b1a78aca56a0c7145b7');
  });
});
