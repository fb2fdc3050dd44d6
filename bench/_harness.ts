// Shared benchmark helpers: batched async timing with tinybench and a markdown table printer.
import { Bench } from 'tinybench';

/** One measured case: a name and an async function doing `batch` operations per call. */
export interface BatchCase {
  name: string;
  batch: number;
  fn: () => Promise<unknown>;
  beforeEach?: () => void | Promise<void>;
}

/**
 * Runs the cases and returns operations per second for each (batch size / median batch time),
 * so the timer's own cost is spread over a whole batch.
 */
export async function measure(
  cases: BatchCase[],
  options: { time?: number; warmupTime?: number; iterations?: number } = {},
): Promise<Map<string, number>> {
  const bench = new Bench({
    time: options.time ?? 250,
    warmupTime: options.warmupTime ?? 50,
    iterations: options.iterations ?? 8,
  });
  for (const c of cases) bench.add(c.name, c.fn, c.beforeEach ? { beforeEach: c.beforeEach } : {});
  await bench.run();
  const out = new Map<string, number>();
  for (const [i, task] of bench.tasks.entries()) {
    const result = task.result;
    if (result.state !== 'completed') {
      const cause = 'error' in result ? result.error : undefined;
      throw new Error(`[bench] ${task.name}: ${result.state}`, { cause });
    }
    // The median batch time: the machine is shared, and the mean would count other processes' bursts.
    out.set(task.name, ((cases[i] as BatchCase).batch * 1000) / result.latency.p50);
  }
  return out;
}

/** Formats a number of operations per second compactly (12.3M, 456k, 789). */
export function formatRate(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '–';
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(1);
}

/** Prints a markdown table. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
