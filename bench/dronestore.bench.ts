// Benchmark: merges per second for a 20-attribute dronestore model (tinybench).
import { Bench } from 'tinybench';
import {
  defineModel,
  FloatAttribute,
  HybridClock,
  IntegerAttribute,
  LatestStrategy,
  MaxStrategy,
  ModelRegistry,
  StringAttribute,
  type Attribute,
  type Model,
  type Version,
} from '@project-hub/dronestore';

const ATTRIBUTES = 20;

/** Five attributes each of LatestStrategy strings, default-strategy strings, Max integers, Latest floats. */
function attributes(): Record<string, Attribute<unknown>> {
  const out: Record<string, Attribute<unknown>> = {};
  for (let i = 0; i < ATTRIBUTES / 4; i++) {
    out[`title${i}`] = new StringAttribute({ strategy: LatestStrategy });
    out[`body${i}`] = new StringAttribute();
    out[`count${i}`] = new IntegerAttribute({ strategy: MaxStrategy });
    out[`ratio${i}`] = new FloatAttribute({ strategy: LatestStrategy });
  }
  return out;
}

const Wide = defineModel('Wide', attributes(), { registry: new ModelRegistry() });

function edit(model: Model, seed: number): void {
  for (let i = 0; i < ATTRIBUTES / 4; i++) {
    model.set(`title${i}`, `title ${seed}-${i}`);
    model.set(`body${i}`, `body ${seed}-${i}`);
    model.set(`count${i}`, seed * 10 + i);
    model.set(`ratio${i}`, seed + i / 10);
  }
  model.commit();
}

/** A shared base version, then a local and a remote edit of every attribute. */
function fixtures(): { local: Version; remote: Version } {
  const base = new Wide('bench', { clock: new HybridClock({ replica: 'base', wall: () => 1 }) });
  edit(base, 0);
  const local = Wide.fromVersion(base.version, {
    clock: new HybridClock({ replica: 'laptop', wall: () => 2 }),
  });
  edit(local, 1);
  const remote = Wide.fromVersion(base.version, {
    clock: new HybridClock({ replica: 'phone', wall: () => 3 }),
  });
  edit(remote, 2);
  return { local: local.version, remote: remote.version };
}

/** Runs the benchmark and prints merges per second. */
export default async function run(): Promise<void> {
  const { local, remote } = fixtures();
  const clock = new HybridClock({ replica: 'laptop', wall: () => 4 });
  let target: Model = Wide.fromVersion(local, { clock });
  const bench = new Bench({ time: 1_000, warmupTime: 200 });
  bench.add(
    `merge, ${ATTRIBUTES} attributes, every one edited on both sides`,
    () => {
      target.merge(remote);
    },
    { beforeEach: () => void (target = Wide.fromVersion(local, { clock })) },
  );
  bench.add(`commit, ${ATTRIBUTES} attributes changed`, () => edit(target, 7), {
    beforeEach: () => void (target = Wide.fromVersion(local, { clock })),
  });
  await bench.run();
  report(bench);
  reportCpuTime(local, remote, clock);
}

/** Prints each task's rate from tinybench's mean wall-clock latency. */
function report(bench: Bench): void {
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`[bench] ${task.name}: ${result.state}`);
    const perSecond = Math.round(1000 / result.latency.mean);
    const unit = task.name.startsWith('merge') ? 'merges' : 'commits';
    console.log(
      `dronestore: ${task.name}: ${perSecond.toLocaleString('en-US')} ${unit} per second (mean ${result.latency.mean.toFixed(4)} ms, ${result.latency.samplesCount ?? ''} samples)`,
    );
  }
}

/** Merges per CPU-second (process.cpuUsage), steadier than wall time on a shared machine. */
function reportCpuTime(local: Version, remote: Version, clock: HybridClock): void {
  const targets = Array.from({ length: 5_000 }, () => Wide.fromVersion(local, { clock }));
  const start = process.cpuUsage();
  for (const target of targets) target.merge(remote);
  const used = process.cpuUsage(start);
  const microseconds = (used.user + used.system) / targets.length;
  const perSecond = Math.round(1e6 / microseconds).toLocaleString('en-US');
  console.log(
    `dronestore: merge, CPU time: ${microseconds.toFixed(1)} µs per merge (${perSecond} merges per CPU-second)`,
  );
}

// Run directly with `npx tsx bench/dronestore.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await run();
