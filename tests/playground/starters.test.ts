import { describe, expect, it } from 'vitest';
import { executeExample } from '../../src/playground/execute.ts';
import { LIBRARIES } from '../../src/playground/libraries.ts';
import { StoreRegistry } from '../../src/playground/inspector/registry.ts';
import { STARTERS } from '../../src/playground/starters.ts';

describe('the playground starters', () => {
  it.each(STARTERS.map((starter) => [starter.id, starter.code]))(
    '%s runs without error and prints',
    async (_id, code) => {
      const logs: string[] = [];
      const error = await executeExample(
        { code },
        { modules: new StoreRegistry().wrap(LIBRARIES), onLog: (entry) => logs.push(entry.text) },
      );
      expect(error).toBeUndefined();
      expect(logs.length).toBeGreaterThan(0);
    },
  );

  it('leave stores to inspect (datastore, dronestore)', async () => {
    for (const id of ['datastore', 'dronestore']) {
      const registry = new StoreRegistry();
      const code = STARTERS.find((starter) => starter.id === id)?.code ?? '';
      await executeExample({ code }, { modules: registry.wrap(LIBRARIES), onLog: () => {} });
      expect((await registry.snapshot()).stores.length, id).toBeGreaterThan(0);
    }
  });
});
