// Repo over DictDatastore and over SerializerShimDatastore with JSON (true JSON text).
import { describe, expect, it } from 'vitest';
import { DictDatastore, SerializerShimDatastore } from '@project-hub/datastore';
import { Repo } from '@project-hub/dronestore';
import { manualClock, MyModel, registry } from './_fixtures.ts';
import { testRepo } from './_repo-suite.ts';

testRepo('DictDatastore', () => new DictDatastore());
testRepo(
  'SerializerShimDatastore (json)',
  () => new SerializerShimDatastore(new DictDatastore<string>()),
);

describe('Repo over SerializerShimDatastore (json)', () => {
  it('stores versions as true JSON text', async () => {
    const child = new DictDatastore<string>();
    const repo = new Repo(new SerializerShimDatastore(child), { registry });
    const foo = new MyModel('FooBar', { clock: manualClock('laptop', 2 ** 43) });
    foo.first = 'Hello';
    foo.commit();
    await repo.put(foo);
    const text = await child.get(foo.key);
    expect(typeof text).toBe('string');
    const parsed = JSON.parse(text as string);
    expect(parsed).toEqual(foo.version.toJSON());
    expect(parsed.committed).toBe('8796093022208000001'); // beyond 2^53: a string
  });

  it('uses a fresh DictDatastore by default', () => {
    expect(new Repo().store).toBeInstanceOf(DictDatastore);
  });
});
