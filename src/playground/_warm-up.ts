// A spare runner worker's first run is slow: every function it calls (the executor's, the
// datastore's, the formatter's) is still to be compiled. A spare that waits therefore runs this
// small example on its own, with no output, so the reader's run finds that code compiled. It uses
// only the datastore's memory stores, which keep no module-level state, so no run can tell.
import { IMPORTABLE } from './library-loaders.ts';
import { StoreRegistry } from './inspector/registry.ts';
import { runCompiled, type ModuleMap } from './run-compiled.ts';

/** What the compiler makes of a typical first example (imports already turned into `require`). */
export const WARM_UP_JS = `"use strict";
const { DictDatastore, Key, Query } = require('@project-hub/datastore');
const ds = new DictDatastore();
const key = new Key('/warm/up');
await ds.put(key, { name: 'warm', n: 1, tags: ['a'] });
await ds.put('/warm/other', 'text');
console.log(await ds.contains(key), await ds.get(key), key);
for await (const entry of await ds.query(new Query('/warm').order('key'))) console.log(entry);
await ds.delete(key);`;

/** Runs the warm-up example against `modules`; resolves when it is done (it never fails). */
export async function warmUp(modules: ModuleMap): Promise<void> {
  const stores = new StoreRegistry();
  await runCompiled(
    WARM_UP_JS,
    {},
    {
      modules: stores.wrap(modules),
      importable: IMPORTABLE,
      onLog: () => {},
    },
  );
  await stores.snapshot().catch(() => undefined);
}
