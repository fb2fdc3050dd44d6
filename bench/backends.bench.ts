// Benchmark: each datastore backend against the best-known JS alternative on the same engine, interleaved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startMemcached, startRedis } from '../tests/datastore/backends/_servers.ts';
import { contenders, type Contender } from './backends-contenders.ts';
import { formatRate, printTable } from './_harness.ts';

const ROUNDS = 5;
const BATCH = 200;
const PRELOAD = 1_000;
const QUERY_SIZES = [1_000, 10_000];
const VALUE = { name: 'value', n: 42, tags: ['a', 'b'] };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Median of a list of numbers. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Runs `step` for every contender, round after round, rotating who goes first; ops/s medians. */
async function interleaved(
  list: Contender[],
  step: (c: Contender) => Promise<number>,
): Promise<number[]> {
  const rates: number[][] = list.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < list.length; j++) {
      const i = (j + round) % list.length;
      const started = performance.now();
      const ops = await step(list[i]!);
      rates[i]!.push((ops * 1000) / (performance.now() - started));
    }
  }
  return rates.map(median);
}

/** The peak heap growth while `run` runs, in MB (sampled every 2 ms after a full GC). */
async function peakHeap<T>(run: () => Promise<T>): Promise<number> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return (peak - base) / 2 ** 20;
}

async function engine(name: string, list: Contender[], rows: string[][]): Promise<void> {
  for (const c of list) for (let i = 0; i < PRELOAD; i++) await c.put(i, VALUE);
  let k = 0;
  const puts = await interleaved(list, async (c) => {
    for (let j = 0; j < BATCH; j++) await c.put((k++ * 7) % PRELOAD, VALUE);
    return BATCH;
  });
  const gets = await interleaved(list, async (c) => {
    for (let j = 0; j < BATCH; j++) await c.get((k++ * 13) % PRELOAD);
    return BATCH;
  });
  const queries: number[][] = [];
  const memory: number[] = list.map(() => 0);
  for (const size of QUERY_SIZES) {
    const c = `q${size}`;
    for (const x of list) if (x.query) await x.fill(c, size);
    queries.push(
      await interleaved(list, async (x) => {
        if (!x.query) return NaN;
        const items = await x.query(c);
        if (items.length !== size)
          throw new Error(`[bench] ${x.name} returned ${items.length} of ${size}`);
        return items.length;
      }),
    );
    if (size === QUERY_SIZES.at(-1)) {
      for (const [i, x] of list.entries())
        if (x.query) memory[i] = await peakHeap(() => x.query!(c));
    }
  }
  for (const [i, c] of list.entries()) {
    const ratio = (rate: number | undefined, own: number | undefined) =>
      i === 0 || !rate || !own || !Number.isFinite(rate)
        ? ''
        : ` (ours ${(own / rate).toFixed(1)}×)`;
    rows.push([
      name,
      c.name,
      formatRate(gets[i]) + ratio(gets[i], gets[0]),
      formatRate(puts[i]) + ratio(puts[i], puts[0]),
      ...queries.map((q) => formatRate(q[i]) + ratio(q[i], q[0])),
      c.query ? memory[i]!.toFixed(1) : '–',
    ]);
  }
}

export default async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bench-backends-'));
  const [redis, memcached] = await Promise.all([startRedis(), startMemcached()]);
  const rows: string[][] = [];
  try {
    const engines = contenders({
      dir: (name) => mkdtempSync(join(root, `${name}-`)),
      redisUrl: `redis://127.0.0.1:${redis.port}`,
      memcached: `127.0.0.1:${memcached.port}`,
    });
    // BENCH_BACKENDS=redis,sqlite runs only those engines (the default: all of them).
    const only = process.env['BENCH_BACKENDS']?.split(',');
    for (const [name, make] of Object.entries(engines)) {
      if (only && !only.some((o) => name.startsWith(o))) continue;
      const list = await make();
      try {
        await engine(name, list, rows);
      } finally {
        for (const c of list) await c.close();
      }
      console.log(`(${name} done)`);
    }
  } finally {
    await Promise.all([redis.stop(), memcached.stop()]);
    rmSync(root, { recursive: true, force: true });
  }
  console.log(
    `\nSequential awaited calls; get/put over ${PRELOAD} keys (batches of ${BATCH}), query = every value of one collection in key order (unstorage: getKeys + sort + getItems). Medians of ${ROUNDS} interleaved rounds; memory = peak heap growth during one 10⁴ query.\n`,
  );
  printTable(
    [
      'engine',
      'store',
      'get ops/s',
      'put ops/s',
      'query items/s 10³',
      'query items/s 10⁴',
      'peak MB 10⁴ query',
    ],
    rows,
  );
}
