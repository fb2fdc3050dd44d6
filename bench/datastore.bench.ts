// Benchmark: datastore get/put/contains/delete/query ops/s against an async Map, datastore-core and unstorage.
import { MemoryDatastore as CoreMemory } from 'datastore-core';
import { Key as CoreKey } from 'interface-datastore';
import { createStorage } from 'unstorage';
import {
  DictDatastore,
  Key,
  LRUCache,
  Query,
  ShardedDatastore,
  TieredDatastore,
  type Datastore,
} from '@project-hub/datastore';
import { formatRate, measure, printTable, type BatchCase } from './_harness.ts';

const SIZES = [1_000, 10_000, 100_000];
const BATCH = 1_000;
/** The value written by put benchmarks (shared, so allocation stays out of the loop). */
const VALUE = { i: 0 };
// delete runs last: its iterations leave the last batch of keys deleted.
// delete runs last in each round; the store is refilled after it.
const OPS = ['get', 'put', 'contains', 'query', 'delete'] as const;
type Op = (typeof OPS)[number];

/** One store under test, with its own key type so no subject pays for another's key conversion. */
interface Subject {
  name: string;
  /** Fills a fresh store with n keys and returns a batch function per operation. */
  setup(
    n: number,
    batch: Int32Array,
  ): Promise<Record<Op, BatchCase['fn']> & { refill: () => Promise<void> }>;
}

// A fixed pseudo-random batch of key indices (same for every subject).
function batchIndices(n: number): Int32Array {
  const out = new Int32Array(BATCH);
  let x = 12345;
  for (let i = 0; i < BATCH; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  return out;
}

function loop<K>(keys: K[], batch: Int32Array, op: (k: K) => unknown) {
  return async () => {
    for (let j = 0; j < batch.length; j++) await op(keys[batch[j] as number] as K);
  };
}

/** A subject for any store of this library. */
function ours(name: string, make: (n: number) => Datastore<unknown>): Subject {
  return {
    name,
    async setup(n, batch) {
      const ds = make(n);
      const keys = Array.from({ length: n }, (_, i) => new Key(`/bench/k${i}`));
      for (const [i, k] of keys.entries()) await ds.put(k, { i });
      const query = new Query('/bench');
      return {
        get: loop(keys, batch, (k) => ds.get(k)),
        put: loop(keys, batch, (k) => ds.put(k, VALUE)),
        contains: loop(keys, batch, (k) => ds.contains(k)),
        delete: loop(keys, batch, (k) => ds.delete(k)),
        refill: loop(keys, batch, (k) => ds.put(k, VALUE)),
        query: async () => (await ds.query(query)).toArray(),
      };
    },
  };
}

const asyncMap: Subject = {
  name: 'async Map (floor)',
  async setup(n, batch) {
    const m = new Map<string, unknown>();
    const get = async (k: string) => m.get(k);
    const set = async (k: string, v: unknown) => void m.set(k, v);
    const has = async (k: string) => m.has(k);
    const del = async (k: string) => void m.delete(k);
    const keys = Array.from({ length: n }, (_, i) => `/bench/k${i}`);
    for (const [i, k] of keys.entries()) await set(k, { i });
    return {
      get: loop(keys, batch, get),
      put: loop(keys, batch, (k) => set(k, VALUE)),
      contains: loop(keys, batch, has),
      delete: loop(keys, batch, del),
      refill: loop(keys, batch, (k) => set(k, VALUE)),
      query: async () => {
        const out: unknown[] = [];
        for (const [k, v] of m) if (k.startsWith('/bench/')) out.push(v);
        return out;
      },
    };
  },
};

const core: Subject = {
  name: 'datastore-core Memory',
  async setup(n, batch) {
    const ds = new CoreMemory();
    const keys = Array.from({ length: n }, (_, i) => new CoreKey(`/bench/k${i}`));
    const value = (i: number) => (i === 0 ? VALUE : { i }) as unknown as Uint8Array;
    for (const [i, k] of keys.entries()) await ds.put(k, value(i));
    return {
      get: loop(keys, batch, (k) => ds.get(k)),
      put: loop(keys, batch, (k) => ds.put(k, value(0))),
      contains: loop(keys, batch, (k) => ds.has(k)),
      delete: loop(keys, batch, (k) => ds.delete(k)),
      refill: loop(keys, batch, (k) => ds.put(k, value(0))),
      query: async () => {
        const out: unknown[] = [];
        for await (const { value: v } of ds.query({ prefix: '/bench' })) out.push(v);
        return out;
      },
    };
  },
};

const unstorage: Subject = {
  name: 'unstorage memory',
  async setup(n, batch) {
    const storage = createStorage();
    const keys = Array.from({ length: n }, (_, i) => `bench:k${i}`);
    for (const [i, k] of keys.entries()) await storage.setItem(k, { i });
    return {
      get: loop(keys, batch, (k) => storage.getItem(k)),
      put: loop(keys, batch, (k) => storage.setItem(k, VALUE)),
      contains: loop(keys, batch, (k) => storage.hasItem(k)),
      delete: loop(keys, batch, (k) => storage.removeItem(k)),
      refill: loop(keys, batch, (k) => storage.setItem(k, VALUE)),
      query: async () => storage.getItems(await storage.getKeys('bench')),
    };
  },
};

const SUBJECTS: Subject[] = [
  asyncMap,
  ours('DictDatastore', () => new DictDatastore()),
  ours('LRUCache', (n) => new LRUCache(n)),
  ours('Tiered [LRU, Dict]', (n) => new TieredDatastore([new LRUCache(n), new DictDatastore()])),
  ours(
    'Sharded ×10',
    () => new ShardedDatastore(Array.from({ length: 10 }, () => new DictDatastore())),
  ),
  core,
  unstorage,
];

const ROUNDS = 3;

/**
 * ops/s for every (subject, op) at one size; query counts collection items per second. The machine
 * is shared, so each case runs in ROUNDS interleaved rounds and keeps its best round.
 */
async function runSize(n: number): Promise<Map<string, number>> {
  const batch = batchIndices(n);
  const stores = await Promise.all(
    SUBJECTS.map(async (s) => ({ s, fns: await s.setup(n, batch) })),
  );
  const best = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const op of OPS) {
      for (const { s, fns } of stores) {
        const c: BatchCase = {
          name: `${s.name}|${op}`,
          batch: op === 'query' ? n : BATCH,
          fn: fns[op],
        };
        if (op === 'delete') c.beforeEach = fns.refill;
        const rate =
          (await measure([c], { time: 80, warmupTime: 20, iterations: n >= 100_000 ? 2 : 8 })).get(
            c.name,
          ) ?? 0;
        best.set(c.name, Math.max(best.get(c.name) ?? 0, rate));
        if (op === 'delete') await fns.refill(); // the last iteration left a batch deleted
      }
    }
  }
  return best;
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;
}

/** Runs every size and prints the ops/s table, the ratio table and the query linearity check. */
export default async function run(): Promise<void> {
  const bySize = new Map<number, Map<string, number>>();
  for (const n of SIZES) bySize.set(n, await runSize(n));
  const rows: string[][] = [];
  for (const op of OPS) {
    for (const n of SIZES) {
      const r = bySize.get(n) as Map<string, number>;
      rows.push([
        op === 'query' ? `query (items/s)` : op,
        n.toLocaleString('en-US'),
        ...SUBJECTS.map((s) => formatRate(r.get(`${s.name}|${op}`))),
      ]);
    }
  }
  console.log(
    'ops/s (median time of a batch of 1,000 awaited operations, best of 3 rounds; query = one full collection query, in items/s)\n',
  );
  printTable(['op', 'keys', ...SUBJECTS.map((s) => s.name)], rows);
  printRatios(bySize);
}

function printRatios(bySize: Map<number, Map<string, number>>): void {
  const rows: string[][] = [];
  for (const op of OPS) {
    for (const n of SIZES) {
      const r = bySize.get(n) as Map<string, number>;
      const dict = r.get(`DictDatastore|${op}`);
      rows.push([
        op,
        n.toLocaleString('en-US'),
        ratio(dict, r.get(`datastore-core Memory|${op}`)),
        ratio(dict, r.get(`async Map (floor)|${op}`)),
        ratio(dict, r.get(`unstorage memory|${op}`)),
      ]);
    }
  }
  console.log(
    '\nDictDatastore relative to the others (targets: get/put ≥ 3.00× datastore-core, ≥ 0.50× async Map)\n',
  );
  printTable(['op', 'keys', 'vs datastore-core', 'vs async Map', 'vs unstorage'], rows);
  const perItem = SIZES.map(
    (n) => 1e9 / ((bySize.get(n) as Map<string, number>).get('DictDatastore|query') ?? NaN),
  );
  console.log(
    `\nDictDatastore query, ns per item at ${SIZES.join(' / ')} keys: ${perItem.map((x) => x.toFixed(0)).join(' / ')} (linear when roughly constant)`,
  );
}

// Run directly with `npx tsx bench/datastore.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await run();
