import { describe, expect, it } from 'vitest';
import { executeExample } from '../../src/playground/execute.ts';
import { LIBRARIES } from '../../src/playground/libraries.ts';
import { StoreRegistry } from '../../src/playground/inspector/registry.ts';
import {
  SNAPSHOT_LIMITS,
  isStoreSnapshot,
  type StoreSnapshot,
} from '../../src/playground/inspector/snapshot.ts';

/** Runs `code` with a registry and returns the snapshot the worker would send. */
async function snapshotOf(code: string): Promise<{ snapshot: StoreSnapshot; logs: string[] }> {
  const registry = new StoreRegistry();
  const logs: string[] = [];
  const error = await executeExample(
    { code },
    { modules: registry.wrap(LIBRARIES), onLog: (entry) => logs.push(entry.text) },
  );
  expect(error).toBeUndefined();
  return { snapshot: await registry.snapshot(), logs };
}

describe('the store registry', () => {
  it('notes the stores an example creates and nests composite stores', async () => {
    const { snapshot } = await snapshotOf(`
      import { CacheShimDatastore, MemoryDatastore, NamespaceDatastore } from '@project-hub/datastore';
      const backing = new MemoryDatastore();
      const shim = new CacheShimDatastore(backing, { cache: new MemoryDatastore() });
      await shim.put('/x', 1);
      await shim.get('/x');
      const ns = new NamespaceDatastore('/users', new MemoryDatastore());
      await ns.put('/ann', { age: 3 });`);
    expect(isStoreSnapshot(snapshot)).toBe(true);
    expect(snapshot.stores.map((store) => store.name)).toEqual([
      'CacheShimDatastore',
      'NamespaceDatastore',
    ]);
    const [shim, ns] = snapshot.stores;
    expect(shim?.children.map((child) => [child.role, child.entries])).toEqual([
      ['cache', [{ key: '/x', value: '1' }]],
      ['backing store', [{ key: '/x', value: '1' }]],
    ]);
    expect(ns?.entries).toEqual([{ key: '/ann', value: '{ age: 3 }' }]);
    expect(ns?.children[0]?.entries).toEqual([{ key: '/users/ann', value: '{ age: 3 }' }]);
  });

  it('keeps names, instanceof and output as the unwrapped libraries give them', async () => {
    const { logs } = await snapshotOf(`
      import { BaseDatastore, DictDatastore, MemoryDatastore } from '@project-hub/datastore';
      const store = new MemoryDatastore();
      class Mine extends MemoryDatastore {}
      console.log(store instanceof MemoryDatastore, store instanceof BaseDatastore, MemoryDatastore === DictDatastore, store instanceof Mine, new Mine() instanceof Mine);`);
    expect(logs).toEqual(['true true true false true']);
  });

  it('reports nothing when the example creates no store', async () => {
    expect((await snapshotOf('console.log(1);')).snapshot).toEqual({
      stores: [],
      truncated: false,
    });
  });

  it('says when a store cannot list its keys', async () => {
    const { snapshot } = await snapshotOf(`
      import { BaseDatastore } from '@project-hub/datastore';
      class Opaque extends BaseDatastore { _get() {} _put() {} _delete() {} }
      new Opaque();`);
    expect(snapshot.stores[0]?.name).toBe('Opaque');
    expect(snapshot.stores[0]?.note).toMatch(/^cannot list its keys/);
  });
});

describe('isStoreSnapshot', () => {
  const store = {
    name: 'S',
    role: '',
    entries: [],
    more: 0,
    note: '',
    histories: [],
    children: [],
  };

  it('accepts a well-formed snapshot', () => {
    expect(isStoreSnapshot({ stores: [store], truncated: false })).toBe(true);
  });

  it.each([
    ['a missing field', { stores: [{ ...store, note: undefined }], truncated: false }],
    ['a wrong type', { stores: [{ ...store, more: '1' }], truncated: false }],
    [
      'too many stores',
      { stores: Array(SNAPSHOT_LIMITS.stores + 1).fill(store), truncated: false },
    ],
    [
      'too many entries',
      {
        stores: [
          { ...store, entries: Array(SNAPSHOT_LIMITS.entries + 1).fill({ key: '/a', value: '1' }) },
        ],
        truncated: false,
      },
    ],
    [
      'a value too long',
      {
        stores: [{ ...store, name: 'x'.repeat(SNAPSHOT_LIMITS.valueChars + 1) }],
        truncated: false,
      },
    ],
  ])('rejects %s', (_name, data) => {
    expect(isStoreSnapshot(data)).toBe(false);
  });
});
