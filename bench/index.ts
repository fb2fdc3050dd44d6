// Benchmark runner: imports every bench/*.bench.ts (optionally filtered by name) and awaits its default export.
//
// Convention: each `*.bench.ts` default-exports `async () => void` that runs its benchmarks and prints
// its own table. Usage: `npm run bench` (all) or `npm run bench -- datastore` (files whose name contains it).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The bench files to run, in name order, keeping those whose name contains one of the filters. */
function benchFiles(filters: string[]): string[] {
  const all = readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  return filters.length === 0 ? all : all.filter((f) => filters.some((x) => f.includes(x)));
}

async function main(): Promise<void> {
  const files = benchFiles(process.argv.slice(2));
  if (files.length === 0)
    throw new Error(`[bench] no bench/*.bench.ts file matches ${process.argv.slice(2).join(' ')}`);
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(HERE, file)).href)) as { default?: unknown };
    if (typeof mod.default !== 'function')
      throw new Error(`[bench] ${file} must default-export an async function`);
    const started = performance.now();
    console.log(`\n## ${file}\n`);
    await (mod.default as () => Promise<void>)();
    console.log(`\n(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

await main();
