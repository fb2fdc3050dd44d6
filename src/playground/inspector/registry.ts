// The worker's store registry: the library modules an example imports, with their datastore classes
// and `Repo` wrapped (by subclassing, so `instanceof` and names still hold) to note every store the
// example creates. After the run it reads those stores through their public APIs only (query,
// `stores`, `child`, `cache`, `Repo.store`) into a bounded snapshot. The libraries know nothing of it.
import type { ModuleMap } from '../execute.ts';
import { childStoresOf } from './children.ts';
import { describeStore, type StoreReader } from './read-store.ts';
import { SnapshotBudget } from './snapshot-budget.ts';
import type { StoreSnapshot } from './snapshot.ts';

const DATASTORE = '@project-hub/datastore';
const DRONESTORE = '@project-hub/dronestore';

type AnyClass = new (...args: never[]) => object;

/** Keys noted per store; the snapshot shows far fewer anyway. */
const MAX_KEYS_NOTED = 10_000;

/** Notes the stores (and Repos) created while one example runs. */
export class StoreRegistry {
  /** In creation order. */
  private readonly created: object[] = [];
  /** Per Repo: each key's versions (as stored JSON) seen after a put or merge, oldest first. */
  private readonly histories = new Map<object, Map<string, unknown[]>>();
  /** Per store: the keys put into it (as strings), up to MAX_KEYS_NOTED. */
  private readonly written = new Map<object, Set<string>>();
  private reader: StoreReader | undefined;

  /** `modules`, with the datastore classes and `Repo` replaced by registering subclasses. */
  wrap(modules: ModuleMap): ModuleMap {
    const datastore = modules[DATASTORE] as Record<string, unknown> | undefined;
    const dronestore = modules[DRONESTORE] as Record<string, unknown> | undefined;
    if (!datastore) return modules;
    const wrapped: Record<string, object> = {
      ...modules,
      [DATASTORE]: this.wrapDatastore(datastore),
    };
    if (dronestore) wrapped[DRONESTORE] = this.wrapDronestore(dronestore);
    this.reader = {
      datastore,
      dronestore,
      histories: this.histories,
      written: this.written,
      ...classNames([datastore, dronestore, wrapped[DATASTORE], wrapped[DRONESTORE]]),
    };
    return wrapped;
  }

  /** The stores the example created, read now, within the snapshot's bounds. */
  async snapshot(): Promise<StoreSnapshot> {
    const reader = this.reader;
    if (!reader || this.created.length === 0) return { stores: [], truncated: false };
    const budget = new SnapshotBudget();
    const children = new Set(this.created.flatMap((store) => childStoresOf(store, reader)));
    const roots = this.created.filter((store) => !children.has(store));
    const stores = [];
    for (const root of roots) {
      if (!budget.takeStore()) break;
      stores.push(await describeStore(root, '', 0, budget, reader));
    }
    return { stores, truncated: budget.truncated };
  }

  private wrapDatastore(module: Record<string, unknown>): object {
    const base = module['BaseDatastore'] as AnyClass | undefined;
    const out: Record<string, unknown> = { ...module };
    // One wrapper per class: an alias (MemoryDatastore = DictDatastore) stays the same class.
    const wrappers = new Map<unknown, AnyClass>();
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || !base) continue;
      if (value === base || value.prototype instanceof base) {
        let wrapper = wrappers.get(value);
        if (!wrapper) {
          wrapper = registering(
            value as AnyClass,
            (store) => this.created.push(store),
            (store, key) => this.notePut(store, key),
          );
          wrappers.set(value, wrapper);
        }
        out[name] = wrapper;
      }
    }
    return out;
  }

  private wrapDronestore(module: Record<string, unknown>): object {
    const Repo = module['Repo'] as (AnyClass & { prototype: RepoLike }) | undefined;
    if (typeof Repo !== 'function') return module;
    const registry = this;
    const record = (repo: RepoLike, key: unknown) => this.record(repo, key);
    const Observed = class extends (Repo as unknown as new (...args: unknown[]) => RepoLike) {
      constructor(...args: unknown[]) {
        super(...args);
        registry.created.push(this);
      }
      override async put(item: { key: unknown }): Promise<unknown> {
        const version = await super.put(item);
        await record(this, item.key);
        return version;
      }
      override async merge(item: { key: unknown }): Promise<unknown> {
        const report = await super.merge(item);
        await record(this, item.key);
        return report;
      }
    };
    Object.defineProperty(Observed, 'name', { value: Repo.name });
    return { ...module, Repo: Observed };
  }

  /** Notes a key put into `store`, as the library's Key spells it. */
  private notePut(store: object, key: unknown): void {
    try {
      const Key = this.reader?.datastore['Key'] as { from(key: unknown): object } | undefined;
      const name = Key ? String(Key.from(key)) : String(key);
      let keys = this.written.get(store);
      if (!keys) this.written.set(store, (keys = new Set()));
      if (keys.size < MAX_KEYS_NOTED) keys.add(name);
    } catch {
      // Not a key: the put itself will say so.
    }
  }

  /** Notes the version now stored at `key` in `repo`, when it is new. */
  private async record(repo: RepoLike, key: unknown): Promise<void> {
    try {
      const stored = await repo.store.get(key);
      if (stored === undefined) return;
      let byKey = this.histories.get(repo);
      if (!byKey) this.histories.set(repo, (byKey = new Map()));
      const name = String(key);
      const list = byKey.get(name) ?? [];
      const hash = (stored as { hash?: unknown }).hash;
      if ((list.at(-1) as { hash?: unknown } | undefined)?.hash !== hash) list.push(stored);
      byKey.set(name, list.slice(-20));
    } catch {
      // A store that fails to read back: the inspector shows what the query finds.
    }
  }
}

/** The part of `Repo` the registry uses (its public API). */
interface RepoLike {
  readonly store: { get(key: unknown): Promise<unknown> };
  put(item: unknown): Promise<unknown>;
  merge(item: unknown): Promise<unknown>;
}

/** A store as the registering subclass sees it. */
type StoreLike = new (...args: unknown[]) => { put(key: unknown, value: unknown): Promise<void> };

/**
 * A subclass of `Class` that reports each instance it creates and each key put into it (queries
 * list one collection only, so nested keys are found through the puts). It keeps the name, and
 * `instanceof` answers as for `Class` (so instances the library creates itself still match).
 */
function registering(
  Class: AnyClass,
  onCreate: (instance: object) => void,
  onPut: (instance: object, key: unknown) => void,
): AnyClass {
  const Registering = class extends (Class as unknown as StoreLike) {
    constructor(...args: unknown[]) {
      super(...args);
      onCreate(this);
    }
    override put(key: unknown, value: unknown): Promise<void> {
      onPut(this, key);
      return super.put(key, value);
    }
  };
  Object.defineProperty(Registering, 'name', { value: Class.name });
  Object.defineProperty(Registering, Symbol.hasInstance, {
    // An example's own subclass inherits this static: it answers for itself, as usual.
    value(this: unknown, value: unknown): boolean {
      return this === Registering
        ? value instanceof Class
        : Function.prototype[Symbol.hasInstance].call(this, value);
    },
  });
  return Registering;
}

/** Export names of the modules' classes by prototype, and every prototype on their chains. */
function classNames(modules: unknown[]): {
  names: Map<object, string>;
  libraryPrototypes: Set<object>;
} {
  const names = new Map<object, string>();
  const libraryPrototypes = new Set<object>();
  for (const module of modules) {
    if (typeof module !== 'object' || module === null) continue;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || typeof value.prototype !== 'object') continue;
      if (!names.has(value.prototype)) names.set(value.prototype, name);
      for (let p = value.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        libraryPrototypes.add(p);
      }
    }
  }
  return { names, libraryPrototypes };
}
