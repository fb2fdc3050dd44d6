// The conformance suite every store runs: missing keys, writes, deletes and queries checked against an oracle.

import { afterEach, describe, expect, it } from 'vitest';
import {
  CursorConsumedError,
  Key,
  NotSupportedError,
  Query,
  type Datastore,
} from '@project-hub/datastore';
import { COLLECTION, NOISE, OFFSET_KEY_CASES, QUERY_CASES, TYPED } from './_fixtures';
import { checkModel, toQuery } from './_model';
import { oracle } from './_oracle';

/** What a store's test file passes to `testStore`. */
export interface StoreTestOptions<S extends Datastore<unknown>> {
  name: string;
  create: () => S | Promise<S>;
  teardown?: (store: S) => unknown;
  skip?: {
    /** The store cannot query: check that query rejects with NotSupportedError instead. */
    query?: boolean;
    /** Queries list a key's parent, not its path: no typed keys such as `/c:typed` (directory-tree). */
    typedCollections?: boolean;
    /** Cursors do not report `lastKey` (one-way key transforms). */
    lastKey?: boolean;
    /** `null` reads back as missing (services that answer null for a missing key). */
    nullValue?: boolean;
  };
  /** Results without orders come in insertion order, not key order. */
  insertionOrder?: boolean;
  /** Also run the property-based model test (random operation sequences). */
  model?: boolean;
  /** Store-specific tests, run inside the store's describe block. */
  extra?: (ctx: { create: () => Promise<S> }) => void;
}

/** Runs the shared suite for one store. */
export function testStore<S extends Datastore<unknown>>(options: StoreTestOptions<S>): void {
  const made: S[] = [];
  const create = async () => {
    const store = await options.create();
    made.push(store);
    return store;
  };
  describe(options.name, () => {
    afterEach(async () => {
      for (const s of made.splice(0)) await options.teardown?.(s);
    });
    describe('conformance: keys and values', () => testBasics(create, !options.skip?.nullValue));
    if (options.skip?.query) {
      it('rejects query with NotSupportedError', async () => {
        const store = await create();
        await expect(store.query(new Query('/c'))).rejects.toBeInstanceOf(NotSupportedError);
      });
    } else {
      describe('conformance: queries', () => testQueries(create, options));
    }
    if (options.model) {
      it('agrees with a Map model over random operation sequences', async () => {
        await checkModel(create, !options.skip?.query);
      });
    }
    options.extra?.({ create });
  });
}

function sizeOf(store: unknown): number | undefined {
  const size = (store as { size?: unknown }).size;
  return typeof size === 'number' ? size : undefined;
}

function testBasics<S extends Datastore<unknown>>(
  create: () => Promise<S>,
  nullValue: boolean,
): void {
  it('reads a missing key as undefined', async () => {
    const store = await create();
    expect(await store.get('/missing')).toBeUndefined();
    expect(await store.contains('/missing')).toBe(false);
  });
  it('deletes a missing key without error', async () => {
    const store = await create();
    await expect(store.delete('/missing')).resolves.toBeUndefined();
  });
  it('inserts, updates and deletes a value', async () => {
    const store = await create();
    await store.put('/a/b', { v: 1 });
    expect(await store.get('/a/b')).toEqual({ v: 1 });
    expect(await store.contains('/a/b')).toBe(true);
    await store.put('/a/b', { v: 2 });
    expect(await store.get('/a/b')).toEqual({ v: 2 });
    await store.delete('/a/b');
    expect(await store.get('/a/b')).toBeUndefined();
    expect(await store.contains('/a/b')).toBe(false);
  });
  it('accepts Keys and unnormalised strings for the same key', async () => {
    const store = await create();
    await store.put('a//b/', 'x');
    expect(await store.get(new Key('/a/b'))).toBe('x');
    expect(await store.get('/a/b')).toBe('x');
  });
  it('stores null, strings, numbers and lists as ordinary values', async () => {
    const store = await create();
    const values: unknown[] = [nullValue ? null : 'null', '', 0, false, 'text', [1, 'two']];
    for (const [i, v] of values.entries()) await store.put(`/v/${i}`, v);
    for (const [i, v] of values.entries()) expect(await store.get(`/v/${i}`)).toEqual(v);
    expect(await store.contains('/v/0')).toBe(true);
  });
  it('rejects a key that is neither a Key nor a string with a TypeError', async () => {
    const store = await create();
    const pending = store.get(42 as never);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow('[datastore] expected a Key or a string, got number 42');
    await expect(store.put({} as never, 1)).rejects.toThrow(TypeError);
  });
  it('rejects put of undefined with a TypeError that points to delete', async () => {
    const store = await create();
    await expect(store.put('/a', undefined)).rejects.toThrow(TypeError);
    await expect(store.put('/a', undefined)).rejects.toThrow(/use delete/);
  });
  it('keeps its size up to date when it knows it', async () => {
    const store = await create();
    if (sizeOf(store) === undefined) return expect(sizeOf(store)).toBeUndefined();
    await store.put('/a', 1);
    await store.put('/b', 2);
    await store.put('/a', 3);
    expect(sizeOf(store)).toBe(2);
    await store.delete('/a');
    await store.delete('/a');
    expect(sizeOf(store)).toBe(1);
  });
}

function testQueries<S extends Datastore<unknown>>(
  create: () => Promise<S>,
  options: StoreTestOptions<S>,
): void {
  const typed = !options.skip?.typedCollections;
  const rows = typed ? [...COLLECTION, TYPED] : COLLECTION;
  // A directory tree lists a key under its parent, so typed noise such as /c/k01:typed is left out there.
  const noise = typed ? NOISE : NOISE.filter(([k]) => !k.includes(':'));
  const keyOrder = !options.insertionOrder;
  const filled = async () => {
    const store = await create();
    for (const [k, v] of [...rows, ...noise]) await store.put(k, v);
    return store;
  };
  const cases = options.skip?.lastKey ? QUERY_CASES : [...QUERY_CASES, ...OFFSET_KEY_CASES];
  for (const [name, spec] of cases) {
    it(`query: ${name} matches the reference`, async () => {
      const store = await filled();
      const got = await (await store.query(toQuery(spec))).toArray();
      expect(got).toEqual(oracle(rows, spec, keyOrder));
    });
  }
  it('counts skipped and returned results on the cursor', async () => {
    const store = await filled();
    const cursor = await store.query(new Query('/c', { offset: 2, limit: 3 }));
    expect(await cursor.toArray()).toHaveLength(3);
    expect([cursor.skipped, cursor.returned]).toEqual([2, 3]);
  });
  it('iterates a cursor only once', async () => {
    const store = await filled();
    const cursor = await store.query(new Query('/c'));
    for await (const _ of cursor) break;
    expect(() => cursor[Symbol.asyncIterator]()).toThrow(CursorConsumedError);
  });
  if (!options.skip?.lastKey) {
    it('pages through a collection with lastKey and offsetKey', async () => {
      const store = await filled();
      const seen: unknown[] = [];
      let after: Key | undefined;
      for (let page = 0; page < 20; page++) {
        const cursor = await store.query(new Query('/c', { limit: 5, offsetKey: after }));
        const values = await cursor.toArray();
        if (values.length === 0) break;
        seen.push(...values);
        after = cursor.lastKey;
      }
      expect(seen).toEqual(
        oracle(rows, { key: '/c', filters: [], orders: [], offset: 0, limit: undefined }, keyOrder),
      );
    });
  }
}
