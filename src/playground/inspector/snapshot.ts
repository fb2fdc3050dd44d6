// The store inspector's snapshot: what the worker saw in every store an example created, bounded
// in stores, entries and characters, and checked in full by the page before it is shown.

/** One key and its value, formatted like the output (`formatValue`). */
export interface SnapshotEntry {
  key: string;
  value: string;
}

/** One version of a dronestore object, as a Repo stored it during the run. */
export interface SnapshotVersion {
  hash: string;
  parent: string;
  committed: string;
  /** The attributes' values, formatted like the output. */
  value: string;
}

/** The versions a Repo stored for one key, oldest first. */
export interface SnapshotHistory {
  key: string;
  versions: SnapshotVersion[];
}

/** One store (or Repo) and, for a composite store, its children. */
export interface SnapshotStore {
  /** The class name: `TieredDatastore`. */
  name: string;
  /** Its place in its parent: `tier 1`, `shard 2`, `cache`, `child`. Empty for a top-level store. */
  role: string;
  /** Entries in key order. */
  entries: SnapshotEntry[];
  /** Entries left out by the bounds. */
  more: number;
  /** Why the entries are missing or incomplete (the store cannot list its keys), or empty. */
  note: string;
  /** For a Repo: each key's versions stored during the run. */
  histories: SnapshotHistory[];
  children: SnapshotStore[];
}

/** Every top-level store an example created; `truncated` when the bounds left stores out. */
export interface StoreSnapshot {
  stores: SnapshotStore[];
  truncated: boolean;
}

/** Bounds of a snapshot: the worker stops at them, the page rejects anything beyond. */
export const SNAPSHOT_LIMITS = {
  /** Stores (with their children) in one snapshot. */
  stores: 40,
  /** Entries and versions in one snapshot. */
  entries: 400,
  /** Characters of one formatted key or value. */
  valueChars: 2000,
  /** Characters of all keys, values and names together. */
  totalChars: 64 * 1024,
  /** Nesting of composite stores. */
  depth: 8,
} as const;

/** Checks every field and bound of a snapshot from the worker (the page never trusts its shape). */
export function isStoreSnapshot(data: unknown): data is StoreSnapshot {
  const budget = { stores: 0, entries: 0, chars: 0 };
  const stores = field(data, 'stores');
  return (
    typeof field(data, 'truncated') === 'boolean' &&
    Array.isArray(stores) &&
    stores.every((store) => isStore(store, 0, budget))
  );
}

// --- Internal helpers ---

type Budget = { stores: number; entries: number; chars: number };

function isStore(data: unknown, depth: number, budget: Budget): boolean {
  budget.stores += 1;
  const entries = field(data, 'entries');
  const histories = field(data, 'histories');
  const children = field(data, 'children');
  const more = field(data, 'more');
  return (
    budget.stores <= SNAPSHOT_LIMITS.stores &&
    depth <= SNAPSHOT_LIMITS.depth &&
    text(field(data, 'name'), budget) &&
    text(field(data, 'role'), budget) &&
    text(field(data, 'note'), budget) &&
    Number.isSafeInteger(more) &&
    (more as number) >= 0 &&
    Array.isArray(entries) &&
    entries.every((entry) => isEntry(entry, budget)) &&
    Array.isArray(histories) &&
    histories.every((history) => isHistory(history, budget)) &&
    Array.isArray(children) &&
    children.every((child) => isStore(child, depth + 1, budget))
  );
}

function isEntry(data: unknown, budget: Budget): boolean {
  budget.entries += 1;
  return (
    budget.entries <= SNAPSHOT_LIMITS.entries &&
    text(field(data, 'key'), budget) &&
    text(field(data, 'value'), budget)
  );
}

function isHistory(data: unknown, budget: Budget): boolean {
  const versions = field(data, 'versions');
  return (
    text(field(data, 'key'), budget) &&
    Array.isArray(versions) &&
    versions.every(
      (version) =>
        (budget.entries += 1) <= SNAPSHOT_LIMITS.entries &&
        ['hash', 'parent', 'committed', 'value'].every((name) =>
          text(field(version, name), budget),
        ),
    )
  );
}

function text(value: unknown, budget: Budget): boolean {
  if (typeof value !== 'string' || value.length > SNAPSHOT_LIMITS.valueChars) return false;
  budget.chars += value.length;
  return budget.chars <= SNAPSHOT_LIMITS.totalChars;
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, name)
    ? (Reflect.get(data, name) as unknown)
    : undefined;
}
