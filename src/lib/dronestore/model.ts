// Model: a versioned object with typed attributes; commit() snapshots it, merge() folds in others.
import { Key, type KeyLike } from '@project-hub/datastore';
import { getDefaultClock, type HybridClock } from './clock.ts';
import {
  InvalidArgValueError,
  InvalidNameError,
  MergeError,
  ModelDefinitionError,
  ModelStateError,
  ValidationError,
  VersionError,
} from './errors.ts';
import { describe, freezeJson, jsonEquals } from './json.ts';
import { latestStamp, mergeAttributes, type AttributeMap, type MergeReport } from './merge.ts';
import type { AttributeData } from './strategies/strategy.ts';
import { Version, type VersionJSON } from './version.ts';

/** Options of a model instance. */
export interface ModelOptions {
  /** The key this instance lives under: its key is `<parent>/<dstype>:<name>`. */
  parent?: KeyLike;
  /** The clock that stamps edits and commits (default: one shared clock per program). */
  clock?: HybridClock;
}

/** Options of `fromVersion`: the key comes from the version. */
export type LoadOptions = Omit<ModelOptions, 'parent'>;

const persisted = new WeakSet<Model>();

/**
 * The base of every model type. Declare types with `defineModel`, not by extending this directly.
 * @example const foo = new MyModel('FooBar'); foo.first = 'Hello'; foo.commit();
 */
export class Model {
  /** The model type's name (set by `defineModel`). */
  static readonly dstype: string = '';
  /** The model type's attributes (set by `defineModel`). */
  static readonly attributes: AttributeMap = {};

  /** This instance's key: `/<dstype>:<name>`, under its parent if any. */
  readonly key: Key;
  /** The clock that stamps this instance's edits and commits. */
  readonly clock: HybridClock;
  #data: Record<string, AttributeData> = {};
  #values = new Map<string, unknown>();
  #version: Version;
  #dirty = false;

  constructor(name: string, options: ModelOptions = {}) {
    const type = this.#type;
    if (type.dstype === '')
      throw new ModelDefinitionError('declare model types with defineModel()');
    if (typeof name !== 'string' || name === '' || name.includes('/')) {
      throw new InvalidNameError(
        `[${type.dstype}] invalid instance name ${JSON.stringify(name)}: it must be non-empty and contain no "/"`,
      );
    }
    this.key = new Key(options.parent ?? '/').child(type.dstype).instance(name);
    this.clock = options.clock ?? getDefaultClock();
    this.#version = Version.blank(this.key, type.dstype);
    for (const [attr, attribute] of Object.entries(type.attributes)) {
      this.#data[attr] = freezeJson({
        value: attribute.toData(attribute.defaultValue(this.#label(attr))),
      });
    }
  }

  /** Loads an instance from a stored version, keeping its data and stamps as they are. */
  static fromVersion<M extends Model>(
    this: (new (name: string, options?: ModelOptions) => M) & Pick<typeof Model, 'dstype'>,
    version: Version | VersionJSON,
    options: LoadOptions = {},
  ): M {
    const v = version instanceof Version ? version : Version.fromJSON(version);
    if (v.type !== this.dstype) {
      throw new VersionError(
        `cannot load a version of type ${v.type} (${v.key}) as a ${this.dstype}`,
      );
    }
    // The name is everything after `<dstype>:` (Key.name would stop at a `:` inside the name).
    const last = v.key.toString().slice(v.key.toString().lastIndexOf('/') + 1);
    const name = last.slice(this.dstype.length + 1);
    if (!last.startsWith(`${this.dstype}:`) || name === '')
      throw new VersionError(`cannot load ${v.key} as a ${this.dstype}`);
    const model = new this(name, { ...options, parent: v.key.parent });
    model.#load(v);
    return model;
  }

  /** The last committed version (a blank one before the first commit). */
  get version(): Version {
    return this.#version;
  }

  /** True when an attribute changed since the last commit. */
  get isDirty(): boolean {
    return this.#dirty;
  }

  /** True once the instance has a non-blank version. */
  get isCommitted(): boolean {
    return !this.#version.isBlank;
  }

  /** True once a Repo stored this instance or loaded it. */
  get isPersisted(): boolean {
    return persisted.has(this);
  }

  /**
   * Reads an attribute's value by name.
   * @example foo.get('first') // 'Hello'
   */
  get(name: string): unknown {
    if (!this.#values.has(name)) {
      const attribute = this.#attribute(name);
      this.#values.set(name, attribute.fromData(this.#dataOf(name).value, this.#label(name)));
    }
    const value = this.#values.get(name);
    return value instanceof Date ? new Date(value.getTime()) : value;
  }

  /**
   * Sets an attribute, coercing the value; setting the current value again changes nothing.
   * @example foo.set('count', '42'); foo.get('count') // 42
   */
  set(name: string, value: unknown): void {
    const attribute = this.#attribute(name);
    const coerced = attribute.coerce(value, this.#label(name));
    const current = this.#dataOf(name);
    const json = attribute.toData(coerced);
    if (jsonEquals(current.value, json)) return;
    let data: AttributeData = { ...current, value: json };
    if (attribute.strategy.onChange) {
      data = attribute.strategy.onChange(data, {
        stamp: this.clock.now(),
        replica: this.clock.replica,
      });
    }
    this.#data[name] = freezeJson(data);
    this.#values.set(name, coerced);
    this.#dirty = true;
  }

  /** Checks every attribute: its data decodes to its type, and required ones are not empty. */
  validate(): void {
    for (const [name, attribute] of Object.entries(this.#type.attributes)) {
      let value: unknown;
      try {
        value = this.get(name);
      } catch (cause) {
        throw new ValidationError(`[${this.key}] attribute ${name} holds invalid data`, { cause });
      }
      if (attribute.required && attribute.isEmpty(value)) {
        throw new ValidationError(`[${this.key}] attribute ${name} is required`);
      }
    }
  }

  /**
   * Validates and commits: a new version when the content changed, else just clears `isDirty`.
   * @example foo.first = 'Hello'; foo.commit().parent // '0000…' (40 zeros on the first commit)
   */
  commit(): Version {
    this.validate();
    const base = this.#version;
    if (!base.isBlank && jsonEquals(this.#data, base.attributes)) {
      this.#dirty = false;
      return base;
    }
    const stamp = this.clock.now();
    const context = { stamp, replica: this.clock.replica };
    for (const [name, attribute] of Object.entries(this.#type.attributes)) {
      const data = this.#dataOf(name);
      if (attribute.strategy.onCommit)
        this.#data[name] = freezeJson(attribute.strategy.onCommit(data, context));
    }
    const created = base.isBlank ? stamp : base.created;
    this.#setVersion(this.#newVersion(base, created, stamp));
    return this.#version;
  }

  /**
   * Merges another instance's (or a version's) data, attribute by attribute, by each strategy.
   * @example foo.merge(bar).decisions.map((d) => d.winner) // ['local', 'remote']
   */
  merge(other: Model | Version): MergeReport {
    const remote = this.#checkMergeable(other);
    const local = this.#version;
    if (remote.isBlank || remote.hash === local.hash) {
      return { changed: false, version: local, decisions: [] };
    }
    let merged: ReturnType<typeof mergeAttributes>;
    try {
      this.clock.observe(latestStamp(remote));
      merged = mergeAttributes(this.#type.attributes, this.#data, local, remote);
    } catch (cause) {
      // e.g. MaxStrategy decoding a remote value that is not of the attribute's type
      throw new MergeError(`[${this.key}] a merge strategy failed; nothing changed`, { cause });
    }
    if (merged.changed) {
      this.#validateMerged(merged.data);
      const created = remote.created < local.created ? remote.created : local.created;
      this.#setVersion(this.#newVersion(local, created, this.clock.now()));
    }
    return { changed: merged.changed, version: this.#version, decisions: merged.decisions };
  }

  // --- Internal helpers ---

  get #type(): typeof Model {
    return this.constructor as typeof Model;
  }

  #label(name: string): string {
    return `${this.#type.dstype}.${name}`;
  }

  #attribute(name: string): AttributeMap[string] {
    const attribute = Object.hasOwn(this.#type.attributes, name)
      ? this.#type.attributes[name]
      : undefined;
    if (!attribute)
      throw new InvalidArgValueError(
        `[dronestore] [${this.#type.dstype}] unknown attribute ${name}`,
      );
    return attribute;
  }

  #dataOf(name: string): AttributeData {
    return this.#data[name] as AttributeData;
  }

  #newVersion(parent: Version, created: bigint, committed: bigint): Version {
    const attributes = this.#data;
    return Version.create({
      key: this.key,
      type: this.#type.dstype,
      parent: parent.hash,
      created,
      committed,
      attributes,
    });
  }

  /** Adopts merged data only if it validates, as the commit it leads to must; else restores. */
  #validateMerged(data: Record<string, AttributeData>): void {
    const before = this.#data;
    this.#data = data;
    this.#values.clear();
    try {
      this.validate();
    } catch (cause) {
      this.#data = before;
      this.#values.clear();
      throw new MergeError(`[${this.key}] the merged data does not validate; nothing changed`, {
        cause,
      });
    }
  }

  #setVersion(version: Version): void {
    this.#version = version;
    this.#data = { ...version.attributes };
    this.#values.clear();
    this.#dirty = false;
  }

  #load(version: Version): void {
    const defaults = this.#data;
    this.#setVersion(version);
    this.#data = {};
    // Fix over the original: stamps are kept as stored, never re-stamped at load time.
    for (const name of Object.keys(this.#type.attributes)) {
      this.#data[name] = version.attribute(name) ?? (defaults[name] as AttributeData);
    }
    this.clock.observe(latestStamp(version));
  }

  #checkMergeable(other: Model | Version): Version {
    const remote = other instanceof Model ? other.version : other;
    if (!(remote instanceof Version))
      throw new MergeError(`[${this.key}] cannot merge a ${describe(other)}`);
    if (!remote.key.equals(this.key) || remote.type !== this.#type.dstype) {
      throw new MergeError(
        `[${this.key}] cannot merge ${remote.key} (type ${remote.type}) into ${this.key} (type ${this.#type.dstype})`,
      );
    }
    if (this.#dirty)
      throw new ModelStateError(`[${this.key}] has uncommitted changes: commit before merging`);
    if (this.#version.isBlank)
      throw new ModelStateError(`[${this.key}] was never committed: commit before merging`);
    return remote;
  }
}

/** Marks an instance as stored in (or loaded from) a repository. Used by Repo. */
export function markPersisted(model: Model): void {
  persisted.add(model);
}
