// The stores the backends benchmark compares, per engine: ours, unstorage's driver, keyv's adapter.
import 'fake-indexeddb/auto'; // idb and idb-keyval need the IDB classes as globals in Node
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import KeyvMemcache from '@keyv/memcache';
import KeyvRedis from '@keyv/redis';
import { createDatabase } from 'db0';
import nodeSqlite from 'db0/connectors/node-sqlite';
import Keyv from 'keyv';
import { createStorage, type Storage } from 'unstorage';
import unstorageDb0 from 'unstorage/drivers/db0';
import unstorageFs from 'unstorage/drivers/fs';
import unstorageIdb from 'unstorage/drivers/indexedb';
import unstorageRedis from 'unstorage/drivers/redis';
import { Query, type Datastore } from '@project-hub/datastore';
import { FileSystemDatastore } from '@project-hub/datastore/fs';
import { IndexedDBDatastore } from '@project-hub/datastore/indexeddb';
import { MemcachedDatastore } from '@project-hub/datastore/memcached';
import { RedisDatastore } from '@project-hub/datastore/redis';
import { SqliteDatastore } from '@project-hub/datastore/sqlite';

/** One store under test, reduced to what the benchmark times. */
export interface Contender {
  name: string;
  put(i: number, value: unknown): Promise<unknown>;
  get(i: number): Promise<unknown>;
  /** Puts n values in collection `c`, a few at a time. */
  fill(c: string, n: number): Promise<void>;
  /** Every value of collection `c` in key order; undefined when the store cannot list. */
  query?: (c: string) => Promise<unknown[]>;
  close(): Promise<unknown>;
}

/** Where each engine lives for this run. */
export interface Engines {
  dir: (name: string) => string;
  redisUrl: string;
  memcached: string;
}

const pad = (i: number) => String(i).padStart(6, '0');

async function fillWith(put: (i: number) => Promise<unknown>, n: number) {
  for (let i = 0; i < n; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, n - i) }, (_, j) => put(i + j)));
  }
}

function ours(
  name: string,
  ds: Datastore<unknown> & { close(): Promise<void>; capabilities: { query: boolean } },
): Contender {
  const contender: Contender = {
    name,
    put: (i, v) => ds.put(`/kv/k${pad(i)}`, v),
    get: (i) => ds.get(`/kv/k${pad(i)}`),
    fill: (c, n) => fillWith((i) => ds.put(`/${c}/k${pad(i)}`, { i }), n),
    close: () => ds.close(),
  };
  if (ds.capabilities.query) {
    contender.query = async (c) => (await ds.query(new Query(`/${c}`))).toArray();
  }
  return contender;
}

// unstorage lists with getKeys (any order) and reads with getItems: the path its users take.
function unstorage(name: string, storage: Storage): Contender {
  return {
    name,
    put: (i, v) => storage.setItem(`kv:k${pad(i)}`, v as never),
    get: (i) => storage.getItem(`kv:k${pad(i)}`),
    fill: (c, n) => fillWith((i) => storage.setItem(`${c}:k${pad(i)}`, { i }), n),
    query: async (c) => {
      const keys = (await storage.getKeys(c)).sort();
      return (await storage.getItems(keys)).map((item) => item.value);
    },
    close: () => storage.dispose(),
  };
}

function keyv(name: string, store: Keyv): Contender {
  return {
    name,
    put: (i, v) => store.set(`kv/k${pad(i)}`, v),
    get: (i) => store.get(`kv/k${pad(i)}`),
    fill: (c, n) => fillWith((i) => store.set(`${c}/k${pad(i)}`, { i }), n),
    close: () => store.disconnect(),
  };
}

/** The contenders of each engine, ours first. */
export function contenders(e: Engines): Record<string, () => Promise<Contender[]>> {
  return {
    fs: async () => [
      ours('FileSystemDatastore', new FileSystemDatastore(e.dir('ours'))),
      unstorage(
        'unstorage fs',
        createStorage({ driver: unstorageFs({ base: e.dir('unstorage') }) }),
      ),
    ],
    sqlite: async () => {
      const dir = e.dir('sqlite');
      const database = createDatabase(nodeSqlite({ path: `${dir}/db0.sqlite` }));
      // The same journal settings as SqliteDatastore, so both pay the same for durability.
      await database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      return [
        ours('SqliteDatastore', new SqliteDatastore(`${dir}/ours.sqlite`)),
        unstorage(
          'unstorage db0 (node:sqlite)',
          createStorage({ driver: unstorageDb0({ database }) }),
        ),
      ];
    },
    redis: async () => [
      ours('RedisDatastore', new RedisDatastore(e.redisUrl, { prefix: 'ours:' })),
      unstorage(
        'unstorage redis',
        createStorage({ driver: unstorageRedis({ url: e.redisUrl, base: 'u' }) }),
      ),
      keyv('keyv @keyv/redis', new Keyv({ store: new KeyvRedis(e.redisUrl), namespace: 'kv' })),
    ],
    memcached: async () => [
      ours('MemcachedDatastore', new MemcachedDatastore(e.memcached, { prefix: 'ours:' })),
      keyv(
        'keyv @keyv/memcache',
        new Keyv({ store: new KeyvMemcache(e.memcached), namespace: 'kv' }),
      ),
    ],
    'indexeddb (fake-indexeddb)': async () => [
      ours('IndexedDBDatastore', new IndexedDBDatastore('bench-ours', { indexedDB, IDBKeyRange })),
      unstorage(
        'unstorage indexedb',
        createStorage({ driver: unstorageIdb({ dbName: 'bench-unstorage' }) }),
      ),
    ],
  };
}
