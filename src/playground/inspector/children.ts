// The stores inside a composite store or a Repo, read from their public fields only.
import type { StoreReader } from './read-store.ts';

type AnyClass = new (...args: never[]) => object;

/** The stores inside a composite store or Repo (public fields only). */
export function childStoresOf(store: object, reader: StoreReader): object[] {
  return childrenOf(store, reader).map((child) => child.store);
}

/** A composite's children with their roles: tiers, shards, cache and backing store, child. */
export function childrenOf(store: object, reader: StoreReader): { role: string; store: object }[] {
  const get = (name: string): unknown => (Reflect.get(store, name) as unknown) ?? undefined;
  const stores = get('stores');
  if (Array.isArray(stores)) {
    const Sharded = reader.datastore['ShardedDatastore'] as AnyClass | undefined;
    const kind = Sharded && store instanceof Sharded ? 'shard' : 'tier';
    return stores.filter(isObject).map((child, i) => ({ role: `${kind} ${i + 1}`, store: child }));
  }
  const out: { role: string; store: object }[] = [];
  const cache = get('cache');
  const child = get('child') ?? get('store');
  if (isObject(cache)) out.push({ role: 'cache', store: cache });
  if (isObject(child))
    out.push({ role: isObject(cache) ? 'backing store' : 'child', store: child });
  return out;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * The class name of `store` as the example knows it: the library's export name (the built bundle
 * renames classes), or the example's own class name for a store it defined.
 */
export function storeName(store: object, reader: StoreReader): string {
  for (let proto = Object.getPrototypeOf(store); proto; proto = Object.getPrototypeOf(proto)) {
    const exported = reader.names.get(proto);
    if (exported) return exported;
    const own = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof own === 'string' && own && !reader.libraryPrototypes.has(proto)) return own;
  }
  return 'Store';
}
