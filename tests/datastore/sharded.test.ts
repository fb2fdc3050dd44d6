// ShardedDatastore: the conformance suite over ten Dict shards plus routing and merged queries.

import { expect, it } from 'vitest';
import { DictDatastore, Key, Query, ShardedDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

const shards = (n: number) => Array.from({ length: n }, () => new DictDatastore());

testStore({
  name: 'ShardedDatastore',
  create: () => new ShardedDatastore(shards(10)),
  model: true,
  extra: () => {
    it('keeps each key in shard hash % n only, and reads no other shard', async () => {
      const s = shards(4);
      const ds = new ShardedDatastore(s);
      await ds.put('/users/alice', 1);
      const home = new Key('/users/alice').hash() % 4;
      expect(s.map((d) => d.size)).toEqual(s.map((_, i) => (i === home ? 1 : 0)));
      await s[(home + 1) % 4]!.put('/users/alice', 'elsewhere');
      await s[home]!.delete('/users/alice');
      expect(await ds.get('/users/alice')).toBeUndefined();
      expect(await ds.contains('/users/alice')).toBe(false);
    });
    it('uses a custom shard function', async () => {
      const s = shards(3);
      const ds = new ShardedDatastore(s, { shard: (k) => Number(k.name) });
      await ds.put('/n/5', 'five');
      expect(await s[2]!.get('/n/5')).toBe('five');
      expect(ds.shardFor('/n/-1')).toBe(s[2]);
    });
    it('Regression: an ordered query with offset and limit is correct across shards', async () => {
      const ds = new ShardedDatastore(shards(3));
      for (let i = 0; i < 30; i++) await ds.put(`/c/${String(i).padStart(2, '0')}`, { n: i });
      const cursor = await ds.query(new Query('/c', { offset: 4, limit: 5 }).order('-n'));
      expect((await cursor.toArray()).map((v) => (v as { n: number }).n)).toEqual([
        25, 24, 23, 22, 21,
      ]);
      expect([cursor.skipped, cursor.returned]).toEqual([4, 5]);
    });
    it('merges shards in ascending key order without orders', async () => {
      const ds = new ShardedDatastore(shards(5));
      for (const k of ['/c/e', '/c/a', '/c/d', '/c/b', '/c/c']) await ds.put(k, k);
      expect(await (await ds.query(new Query('/c', { offset: 1, limit: 3 }))).toArray()).toEqual([
        '/c/b',
        '/c/c',
        '/c/d',
      ]);
    });
    it('refuses a shard function that is not a function or returns no whole number', async () => {
      expect(() => new ShardedDatastore(shards(2), { shard: 3 as never })).toThrow(TypeError);
      const ds = new ShardedDatastore(shards(2), { shard: () => 0.5 });
      await expect(ds.get('/a')).rejects.toThrow(RangeError);
    });
  },
});
