// Repo: keeps the latest version of each object in any datastore, as plain JSON data.
import {
  DictDatastore,
  Key,
  Query,
  type Cursor,
  type Datastore,
  type Entry,
  type KeyLike,
} from '@project-hub/datastore';
import type { HybridClock } from './clock.ts';
import { DronestoreError, MergeError, ModelStateError } from './errors.ts';
import { describe } from './json.ts';
import type { MergeReport } from './merge.ts';
import { markPersisted, Model } from './model.ts';
import { defaultRegistry, type ModelRegistry } from './registry.ts';
import { Version } from './version.ts';

/** Options of `Repo`. */
export interface RepoOptions {
  /** The clock of the instances this repository loads (default: the program's shared clock). */
  clock?: HybridClock;
  /** Where model types are found by dstype (default `defaultRegistry`). */
  registry?: ModelRegistry;
}

/** A model type, as `Repo.get` accepts it. */
export type ModelTypeOf<M extends Model> = (new (name: string) => M) & typeof Model;

/**
 * A repository of versions over a datastore: one latest version per key, stored as JSON data.
 * @example const repo = new Repo(); await repo.put(foo); (await repo.get(foo.key))?.version.hash
 */
export class Repo {
  /** The datastore holding the versions (a fresh DictDatastore by default, never shared). */
  readonly store: Datastore;
  readonly #clock: HybridClock | undefined;
  readonly #registry: ModelRegistry;
  /** The last queued write per key: writes to one key run one after another. */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(store: Datastore = new DictDatastore(), options: RepoOptions = {}) {
    this.store = store;
    this.#clock = options.clock;
    this.#registry = options.registry ?? defaultRegistry;
  }

  /** Stores a committed model's version (or a version); a dirty model is a `ModelStateError`. */
  async put(item: Model | Version): Promise<Version> {
    const version = toVersion(item, 'put');
    await this.#queued(version.key, () => this.store.put(version.key, version.toJSON()));
    if (item instanceof Model) markPersisted(item);
    return version;
  }

  /** The stored version at `key`, or `undefined`. */
  async getVersion(key: KeyLike): Promise<Version | undefined> {
    const data = await this.store.get(key);
    return data === undefined ? undefined : Version.fromJSON(data);
  }

  /** A fresh instance loaded from the version at `key`, or `undefined`. */
  async get(key: KeyLike): Promise<Model | undefined>;
  async get<M extends Model>(key: KeyLike, type: ModelTypeOf<M>): Promise<M | undefined>;
  async get(key: KeyLike, type?: typeof Model): Promise<Model | undefined> {
    const version = await this.getVersion(key);
    return version === undefined ? undefined : this.#load(version, type);
  }

  /** True when a version is stored at `key`. */
  async contains(key: KeyLike): Promise<boolean> {
    return this.store.contains(key);
  }

  /** Removes the version at `key`, if any. */
  async delete(key: KeyLike): Promise<void> {
    return this.#queued(key, () => this.store.delete(key));
  }

  /**
   * Stores the first version seen of an object; later ones are merged into the stored one, and
   * the result is stored and returned.
   */
  async merge(item: Model | Version): Promise<MergeReport> {
    const incoming = toVersion(item, 'merge');
    // Queued per key: two merges running at once would both read, and the last write would win.
    return this.#queued(incoming.key, () => this.#merge(item, incoming));
  }

  /**
   * Queries a model type's collection (`new Query(MyModel.key)`); filters and orders read
   * attribute values, and the field `key` reads the instance's key, so `order('-key')` sorts by
   * key, descending. Yields fresh instances.
   * @example await (await repo.query(new Query(Person.key).order('-key'))).toArray()
   */
  async query(query: Query): Promise<Cursor<Model>> {
    const cursor = await this.store.query(new Query(query.key));
    return withKeyField(query).applyEntries(this.#loadEntries(cursor));
  }

  // --- Internal helpers ---

  async #merge(item: Model | Version, incoming: Version): Promise<MergeReport> {
    const stored = await this.getVersion(incoming.key);
    if (stored === undefined) {
      await this.store.put(incoming.key, incoming.toJSON());
      return { changed: true, version: incoming, decisions: this.#firstSeen(incoming) };
    }
    // An incoming instance brings its own type (a subclass overriding validate(), say).
    const model = this.#load(
      stored,
      item instanceof Model ? (item.constructor as typeof Model) : undefined,
    );
    const report = model.merge(incoming);
    if (report.changed) await this.store.put(model.key, model.version.toJSON());
    return report;
  }

  /** Runs `task` after every earlier queued task on the same key (whether it failed or not). */
  #queued<T>(key: KeyLike, task: () => Promise<T>): Promise<T> {
    const name = Key.from(key).toString();
    const run = (this.#queues.get(name) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    this.#queues.set(name, settled);
    void settled.then(() => {
      if (this.#queues.get(name) === settled) this.#queues.delete(name);
    });
    return run;
  }

  #load(version: Version, type?: typeof Model): Model {
    const found = type ?? this.#registry.get(version.type);
    if (!found) {
      throw new DronestoreError(
        `[repo] unknown model type ${version.type} at ${version.key}: declare it with defineModel`,
      );
    }
    const model = found.fromVersion(version, this.#clock ? { clock: this.#clock } : {});
    markPersisted(model);
    return model;
  }

  async *#loadEntries(cursor: Cursor<unknown>): AsyncGenerator<Entry<Model>> {
    for await (const { key, value } of cursor.entries()) {
      yield { key, value: this.#load(Version.fromJSON(value)) };
    }
  }

  #firstSeen(version: Version): MergeReport['decisions'] {
    const attributes = this.#registry.get(version.type)?.attributes ?? {};
    return Object.keys(version.attributes).map((name) => ({
      name,
      strategy: attributes[name]?.strategy.name ?? '',
      winner: 'remote' as const,
      reason: 'the first version this repository sees',
      changed: true,
    }));
  }
}

// `key` is reserved (no attribute may use it), so it can name the instance's key: as a string, so
// orders compare it like Key.compare does (code-unit order) instead of as an unorderable object.
function withKeyField(query: Query): Query {
  const q = query.copy();
  const read = query.getField;
  q.getField = (value, field) =>
    field === 'key' && value instanceof Model ? value.key.toString() : read(value, field);
  return q;
}

function toVersion(item: Model | Version, operation: string): Version {
  if (!(item instanceof Model) && !(item instanceof Version))
    throw new MergeError(`[repo] cannot ${operation} a ${describe(item)}`);
  if (item instanceof Model && item.isDirty)
    throw new ModelStateError(`[repo] cannot ${operation} ${item.key}: it has uncommitted changes`);
  // A stored blank version would load as a never-committed model, which no merge accepts.
  const version = item instanceof Model ? item.version : item;
  if (version.isBlank)
    throw new ModelStateError(`[repo] cannot ${operation} ${item.key}: it was never committed`);
  return version;
}
