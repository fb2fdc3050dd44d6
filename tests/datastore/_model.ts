// Property-based model test: random put/delete/get/contains/query sequences against a Map and the oracle.

import fc from 'fast-check';
import { expect } from 'vitest';
import { Query, type Datastore } from '@project-hub/datastore';
import { oracle, type QuerySpec } from './_oracle';

/** The keys random operations use: two collections, a nested key and a typed key. */
export const MODEL_KEYS = ['/c/a', '/c/b', '/c/c', '/c/d', '/c/e', '/d/a', '/c/a/x', '/c:t'];

const value = fc.record(
  {
    n: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    s: fc.constantFrom('a', 'b', null),
  },
  { requiredKeys: ['s'] },
);

/** A random query spec over collection `/c` or `/d`. */
export const querySpec: fc.Arbitrary<QuerySpec> = fc.record({
  key: fc.constantFrom('/c', '/d'),
  filters: fc.array(
    fc.tuple(
      fc.constantFrom('n', 's'),
      fc.constantFrom('<', '<=', '=', '!=', '>=', '>'),
      fc.constantFrom(0, 1, 2, 'a', 'b', null),
    ),
    { maxLength: 2 },
  ),
  orders: fc.array(fc.constantFrom('+n', '-n', '+s', '-s'), { maxLength: 2 }),
  offset: fc.nat(4),
  limit: fc.option(fc.nat(4), { nil: undefined }),
});

const op = fc.oneof(
  fc.record({ type: fc.constant('put' as const), key: fc.constantFrom(...MODEL_KEYS), value }),
  fc.record({ type: fc.constant('delete' as const), key: fc.constantFrom(...MODEL_KEYS) }),
  fc.record({ type: fc.constant('get' as const), key: fc.constantFrom(...MODEL_KEYS) }),
  fc.record({ type: fc.constant('contains' as const), key: fc.constantFrom(...MODEL_KEYS) }),
  fc.record({ type: fc.constant('query' as const), spec: querySpec }),
);

/** Builds a library Query from a spec. */
export function toQuery(spec: QuerySpec): Query {
  const q = new Query(spec.key, {
    offset: spec.offset,
    limit: spec.limit,
    offsetKey: spec.offsetKey,
  });
  for (const [f, o, v] of spec.filters) q.filter(f, o as '=', v);
  for (const o of spec.orders) q.order(o);
  return q;
}

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function step(store: Datastore<unknown>, model: Map<string, unknown>, o: Op, query: boolean) {
  if (o.type === 'put') {
    await store.put(o.key, o.value);
    model.set(o.key, o.value);
  } else if (o.type === 'delete') {
    await store.delete(o.key);
    model.delete(o.key);
  } else if (o.type === 'get') {
    expect(await store.get(o.key)).toEqual(model.get(o.key));
  } else if (o.type === 'contains') {
    expect(await store.contains(o.key)).toBe(model.has(o.key));
  } else if (query) {
    const got = await (await store.query(toQuery(o.spec))).toArray();
    expect(got).toEqual(oracle([...model], o.spec));
  }
}

/** Runs random operation sequences on fresh stores and checks each answer against the model. */
export async function checkModel(
  create: () => Promise<Datastore<unknown>>,
  query: boolean,
  numRuns = 40,
) {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
      const store = await create();
      const model = new Map<string, unknown>();
      for (const o of ops) await step(store, model, o, query);
      for (const k of MODEL_KEYS) expect(await store.get(k)).toEqual(model.get(k));
    }),
    { numRuns },
  );
}
