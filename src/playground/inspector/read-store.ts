// Reads one store (and its children) into a snapshot node, through the store's public API.
import { formatValue } from '../format.ts';
import { childrenOf, storeName } from './children.ts';
import { cut, type SnapshotBudget } from './snapshot-budget.ts';
import { SNAPSHOT_LIMITS, type SnapshotHistory, type SnapshotStore } from './snapshot.ts';

/** The modules and notes a snapshot is read with. */
export interface StoreReader {
  datastore: Record<string, unknown>;
  dronestore: Record<string, unknown> | undefined;
  histories: Map<object, Map<string, unknown[]>>;
  /** Keys put into each store during the run. */
  written: Map<object, Set<string>>;
  /** Export names by class prototype (library and registering classes). */
  names: Map<object, string>;
  /** Every prototype of a library class, named or not (the bundle may rename internal ones). */
  libraryPrototypes: Set<object>;
}

/** Entries counted (not shown) past the bounds before the count stops. */
const MAX_COUNTED = 10_000;

/** A snapshot node for `store` in `role`, with its children, within `budget`. */
export async function describeStore(
  store: object,
  role: string,
  depth: number,
  budget: SnapshotBudget,
  reader: StoreReader,
): Promise<SnapshotStore> {
  const name = cut(storeName(store, reader));
  budget.takeText(name, role);
  const node: SnapshotStore = {
    name,
    role,
    entries: [],
    more: 0,
    note: '',
    histories: [],
    children: [],
  };
  const histories = reader.histories.get(store);
  const children = childrenOf(store, reader);
  if (histories) node.histories = describeHistories(histories, budget);
  else await readEntries(store, node, budget, reader, children.length === 0);
  if (depth >= SNAPSHOT_LIMITS.depth) return node;
  for (const child of children) {
    if (!budget.takeStore()) break;
    node.children.push(await describeStore(child.store, child.role, depth + 1, budget, reader));
  }
  return node;
}

// --- Internal helpers ---

async function readEntries(
  store: object,
  node: SnapshotStore,
  budget: SnapshotBudget,
  reader: StoreReader,
  leaf: boolean,
): Promise<void> {
  const Query = reader.datastore['Query'] as new (key: string) => object;
  const Key = reader.datastore['Key'] as { compare(a: string, b: string): number };
  const query = (store as { query?: (query: object) => Promise<unknown> }).query;
  if (typeof query !== 'function') return;
  const found: { key: string; value: unknown }[] = [];
  try {
    const cursor = (await within(budget, query.call(store, new Query('/')))) as {
      entries(): AsyncIterator<{ key: unknown; value: unknown }>;
    };
    const entries = cursor.entries();
    for (let count = 0; count < SNAPSHOT_LIMITS.entries + MAX_COUNTED; count++) {
      const next = await within(budget, entries.next());
      if (next.done) break;
      found.push({ key: String(next.value.key ?? '?'), value: next.value.value });
    }
  } catch (error) {
    node.note = cut(noteFor(error));
    budget.takeText(node.note);
  }
  // Keys outside the root collection are read back by `get` from plain stores only: a get on a
  // composite store can change its children (a CacheShim fills its cache), and they show anyway.
  try {
    if (leaf) await readWritten(store, found, budget, reader);
  } catch (error) {
    if (!node.note) budget.takeText((node.note = cut(noteFor(error))));
  }
  found.sort((a, b) => Key.compare(a.key, b.key));
  for (const [i, entry] of found.entries()) {
    const key = cut(entry.key);
    const value = cut(formatValue(entry.value, { maxChars: SNAPSHOT_LIMITS.valueChars }));
    if (!budget.takeEntry(key, value)) {
      node.more = found.length - i;
      break;
    }
    node.entries.push({ key, value });
  }
}

/** Adds the keys put into `store` that its query did not list (other collections), still there. */
async function readWritten(
  store: object,
  found: { key: string; value: unknown }[],
  budget: SnapshotBudget,
  reader: StoreReader,
): Promise<void> {
  const get = (store as { get?: (key: string) => Promise<unknown> }).get;
  const written = reader.written.get(store);
  if (!written || typeof get !== 'function') return;
  const listed = new Set(found.map((entry) => entry.key));
  for (const key of written) {
    if (listed.has(key)) continue;
    if (found.length >= SNAPSHOT_LIMITS.entries + MAX_COUNTED) break;
    const value = await within(budget, get.call(store, key));
    if (value !== undefined) found.push({ key, value });
  }
}

function describeHistories(
  histories: Map<string, unknown[]>,
  budget: SnapshotBudget,
): SnapshotHistory[] {
  const out: SnapshotHistory[] = [];
  const keys = [...histories.keys()].sort();
  for (const key of keys) {
    if (!budget.takeText(key)) break;
    const history: SnapshotHistory = { key: cut(key), versions: [] };
    for (const stored of histories.get(key) ?? []) {
      const get = (name: string) => Reflect.get(stored as object, name) as unknown;
      const version = {
        hash: cut(String(get('hash'))),
        parent: cut(String(get('parent'))),
        committed: cut(String(get('committed'))),
        value: cut(formatValue(get('attributes'), { maxChars: SNAPSHOT_LIMITS.valueChars })),
      };
      if (!budget.takeEntry(version.hash, version.parent, version.committed, version.value)) break;
      history.versions.push(version);
    }
    out.push(history);
  }
  return out;
}

function noteFor(error: unknown): string {
  if (error instanceof TimeoutError) return 'stopped reading: the store answered too slowly';
  const message = error instanceof Error ? error.message : String(error);
  return `cannot list its keys (${message})`;
}

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError once the snapshot's reading time is over. */
function within<T>(budget: SnapshotBudget, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), Math.max(0, budget.timeLeft));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
