// Shared Repo suite: every datastore a Repo runs over must pass it.
import { describe, expect, it } from 'vitest';
import { Query, type Datastore } from '@project-hub/datastore';
import {
  defineModel,
  IntegerAttribute,
  MaxStrategy,
  ModelRegistry,
  ModelStateError,
  Repo,
  StringAttribute,
  LatestStrategy,
  Version,
} from '@project-hub/dronestore';
import { manualClock } from './_fixtures.ts';

const registry = new ModelRegistry();
const Task = defineModel(
  'Task',
  {
    title: new StringAttribute({ strategy: LatestStrategy }),
    votes: new IntegerAttribute({ strategy: MaxStrategy, default: 0 }),
  },
  { registry },
);

/** Runs the Repo suite over stores made by `create`. */
export function testRepo(name: string, create: () => Datastore): void {
  describe(`Repo over ${name}`, () => {
    const setup = () => {
      const clock = manualClock('laptop', 1_000);
      return { repo: new Repo(create(), { clock, registry }), clock };
    };
    const task = (id: string, title: string, votes = 0, replica = 'laptop') => {
      const t = new Task(id, { clock: manualClock(replica, 1_000) });
      t.title = title;
      t.votes = votes;
      t.commit();
      return t;
    };

    it('puts a version and gets back an equal instance', async () => {
      const { repo } = setup();
      const t = task('a', 'write docs', 2);
      await repo.put(t);
      const back = await repo.get(t.key, Task);
      expect([back?.title, back?.votes, back?.version.hash]).toEqual([
        'write docs',
        2,
        t.version.hash,
      ]);
      expect(back?.isPersisted).toBe(true);
      expect(t.isPersisted).toBe(true);
      expect(back).not.toBe(t);
    });

    it('finds the model type by dstype when none is given', async () => {
      const { repo } = setup();
      const t = task('a', 'x');
      await repo.put(t.version);
      expect(await repo.get(t.key)).toBeInstanceOf(Task);
    });

    it('answers contains, delete and a missing get', async () => {
      const { repo } = setup();
      const t = task('a', 'x');
      expect(await repo.get(t.key)).toBeUndefined();
      await repo.put(t);
      expect(await repo.contains(t.key)).toBe(true);
      await repo.delete(t.key);
      expect(await repo.contains(t.key)).toBe(false);
    });

    it('refuses to put a dirty or never-committed model', async () => {
      const { repo } = setup();
      const t = task('a', 'x');
      t.title = 'y';
      await expect(repo.put(t)).rejects.toThrow(ModelStateError);
      await expect(repo.put(new Task('b'))).rejects.toThrow(/never committed/);
    });

    it('gets back an instance whose name contains a colon', async () => {
      const { repo } = setup();
      const t = task('2011:12:01', 'dated');
      expect(t.key.toString()).toBe('/Task:2011:12:01');
      await repo.put(t);
      const back = await repo.get(t.key);
      expect(back?.key.toString()).toBe('/Task:2011:12:01');
      expect(back?.get('title')).toBe('dated');
    });

    it('refuses to put or merge a blank version, which would block later merges', async () => {
      const { repo } = setup();
      const blank = new Task('a').version;
      await expect(repo.put(blank)).rejects.toThrow(ModelStateError);
      await expect(repo.merge(blank)).rejects.toThrow(/never committed/);
      expect(await repo.contains(blank.key)).toBe(false);
      expect((await repo.merge(task('a', 'x'))).changed).toBe(true);
    });

    it('merges an incoming instance with its own type, even one missing from the registry', async () => {
      const { repo } = setup();
      class Strict extends defineModel(
        'Strict',
        { n: new IntegerAttribute({ strategy: MaxStrategy }) },
        { registry: new ModelRegistry() },
      ) {
        override validate(): void {
          super.validate();
          if ((this.n ?? 0) > 10) throw new Error('n is at most 10');
        }
      }
      const make = (n: number, replica: string) => {
        const s = new Strict('s', { clock: manualClock(replica, 1_000) });
        s.n = n;
        s.commit();
        return s;
      };
      await repo.merge(make(3, 'laptop'));
      expect((await repo.merge(make(5, 'phone'))).version.attributes['n']?.value).toBe(5);
      const tooBig = Version.create({
        ...make(5, 'tablet').version,
        attributes: { n: { value: 11 } },
      });
      await expect(repo.merge(tooBig)).rejects.toThrow(/unknown model type Strict/);
      const loaded = await repo.get('/Strict:s', Strict);
      expect(loaded).toBeInstanceOf(Strict);
      expect(loaded?.n).toBe(5);
    });

    it('keeps every edit when merges of one object run at the same time', async () => {
      const { repo } = setup();
      const laptop = task('a', 'laptop', 1, 'laptop');
      const phone = task('a', 'phone', 7, 'phone');
      const tablet = task('a', 'tablet', 4, 'tablet');
      await Promise.all([repo.merge(laptop), repo.merge(phone), repo.merge(tablet)]);
      const stored = await repo.get(laptop.key, Task);
      // equal stamps: the greatest replica id wins the title; MaxStrategy keeps the most votes
      expect([stored?.title, stored?.votes]).toEqual(['tablet', 7]);
      const bad = Version.create({ ...phone.version, attributes: { votes: { value: 'many' } } });
      const [failed, next] = await Promise.allSettled([
        repo.merge(bad),
        repo.merge(task('a', 'later', 9, 'zz')),
      ]);
      expect(failed.status).toBe('rejected'); // a failed merge does not block the next one
      expect(next.status).toBe('fulfilled');
      expect((await repo.get(laptop.key, Task))?.votes).toBe(9);
    });

    it('stores the first version it sees, then merges later ones', async () => {
      const { repo } = setup();
      const first = await repo.merge(task('a', 'laptop', 1));
      expect(first.changed).toBe(true);
      const phone = task('a', 'phone', 5, 'phone');
      const report = await repo.merge(phone);
      expect(report.changed).toBe(true);
      const stored = await repo.get(phone.key, Task);
      expect([stored?.title, stored?.votes]).toEqual(['phone', 5]); // equal stamps: "phone" > "laptop"
      expect(stored?.version.hash).toBe(report.version.hash);
      expect((await repo.merge(phone)).changed).toBe(false);
    });

    it('queries a model type collection, filtering and ordering on attribute values', async () => {
      const { repo } = setup();
      for (const [id, title, votes] of [
        ['a', 'alpha', 3],
        ['b', 'beta', 9],
        ['c', 'gamma', 1],
      ] as const) {
        await repo.put(task(id, title, votes));
      }
      const cursor = await repo.query(new Query(Task.key).filter('votes', '>', 1).order('-votes'));
      const found = await cursor.toArray();
      expect(found.map((t) => t.get('title'))).toEqual(['beta', 'alpha']);
      const paged = await (
        await repo.query(new Query(Task.key, { limit: 1, offset: 1 }))
      ).toArray();
      expect(paged.map((t) => t.key.toString())).toEqual(['/Task:b']);
    });

    it("Regression (issue 12): order('key') and order('-key') sort by key, not silently ignored", async () => {
      const { repo } = setup();
      // Put out of key order, so the store's own order cannot pass for a sort.
      for (const id of ['b', 'c', 'a']) await repo.put(task(id, id));
      const names = async (order: string) =>
        (await (await repo.query(new Query(Task.key).order(order))).toArray()).map((t) =>
          t.key.toString(),
        );
      expect(await names('key')).toEqual(['/Task:a', '/Task:b', '/Task:c']);
      expect(await names('-key')).toEqual(['/Task:c', '/Task:b', '/Task:a']);
      expect(await names('+key')).toEqual(await names('key'));
      // Ties on an attribute are broken by key when asked to.
      const byTitleThenKey = await repo.query(new Query(Task.key).order('votes').order('-key'));
      expect((await byTitleThenKey.toArray()).map((t) => t.key.toString())).toEqual([
        '/Task:c',
        '/Task:b',
        '/Task:a',
      ]);
    });
  });
}
