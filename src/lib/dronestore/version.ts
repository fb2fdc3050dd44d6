// Version: an immutable snapshot of a model (key, type, attributes) named by its SHA-1 hash.
import { Key, type KeyLike } from '@project-hub/datastore';
import { decodeStamp, encodeStamp, type Stamp, type StampJson } from './clock.ts';
import { VersionError } from './errors.ts';
import { BLANK_HASH, hashJson, isHash } from './hash.ts';
import { copyJson, describe, frozenJson, isPlainObject, type Json } from './json.ts';
import type { AttributeData } from './strategies/strategy.ts';

/** A version as plain JSON (what a Repo stores). */
export interface VersionJSON {
  key: string;
  type: string;
  hash: string;
  parent: string;
  created: StampJson;
  committed: StampJson;
  attributes: Record<string, AttributeData>;
}

/** What `Version.create` needs; the hash is computed. */
export interface VersionInit {
  key: KeyLike;
  type: string;
  parent?: string;
  created: Stamp;
  committed: Stamp;
  attributes: Readonly<Record<string, AttributeData>>;
}

/**
 * An immutable version. Its hash covers key, type and attribute data (not parent or times).
 * @example Version.create({ key: '/A:x', type: 'A', created: 1n, committed: 1n, attributes: {} }).hash.length // 40
 */
export class Version {
  readonly key: Key;
  readonly type: string;
  readonly hash: string;
  readonly parent: string;
  readonly created: Stamp;
  readonly committed: Stamp;
  readonly attributes: Readonly<Record<string, AttributeData>>;

  private constructor(init: VersionInit, hash: string) {
    this.key = new Key(init.key);
    this.type = init.type;
    this.parent = init.parent ?? BLANK_HASH;
    this.created = init.created;
    this.committed = init.committed;
    this.attributes = frozenJson(init.attributes as Json) as Version['attributes'];
    this.hash = hash;
    Object.freeze(this);
  }

  /** Makes a version, copying the attribute data and computing its hash. */
  static create(init: VersionInit): Version {
    return new Version(init, Version.computeHash(init.key, init.type, init.attributes));
  }

  /** The version of a never-committed model: no attributes, hash and parent 40 zeros. */
  static blank(key: KeyLike, type: string): Version {
    return new Version({ key, type, created: 0n, committed: 0n, attributes: {} }, BLANK_HASH);
  }

  /**
   * SHA-1 of the canonical JSON of `{ key, type, attributes }`.
   * @example Version.computeHash('/A:x', 'A', {}) // '…' (40 hex characters)
   */
  static computeHash(
    key: KeyLike,
    type: string,
    attributes: Readonly<Record<string, AttributeData>>,
  ): string {
    return hashJson({ key: new Key(key).toString(), type, attributes });
  }

  /** Reads a version from JSON data, checking its shape and that its hash matches its content. */
  static fromJSON(json: unknown): Version {
    const data = checkShape(json);
    const init: VersionInit = {
      key: data.key,
      type: data.type,
      parent: data.parent,
      created: readStamp(data.created, 'created'),
      committed: readStamp(data.committed, 'committed'),
      attributes: data.attributes,
    };
    if (data.hash === BLANK_HASH && Object.keys(data.attributes).length === 0) {
      return Version.blank(data.key, data.type);
    }
    let version: Version;
    try {
      version = Version.create(init);
    } catch (cause) {
      throw new VersionError(`version of ${data.key} holds data that is not JSON`, { cause });
    }
    if (version.hash !== data.hash) {
      throw new VersionError(
        `version of ${data.key} has hash ${data.hash} but its content hashes to ${version.hash}`,
      );
    }
    return version;
  }

  /** True for the version of a never-committed model. */
  get isBlank(): boolean {
    return this.hash === BLANK_HASH;
  }

  /** The data of one attribute, or `undefined` when this version lacks it. */
  attribute(name: string): AttributeData | undefined {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name] : undefined;
  }

  /** True when both versions have the same hash (and so the same content). */
  equals(other: Version): boolean {
    return this.hash === other.hash;
  }

  /** Plain JSON data; stamps beyond 2^53 become decimal strings. */
  toJSON(): VersionJSON {
    return {
      key: this.key.toString(),
      type: this.type,
      hash: this.hash,
      parent: this.parent,
      created: encodeStamp(this.created),
      committed: encodeStamp(this.committed),
      attributes: copyJson(this.attributes as Json) as Record<string, AttributeData>,
    };
  }
}

// --- Internal helpers ---

function checkShape(json: unknown): VersionJSON {
  if (!isPlainObject(json)) throw new VersionError(`expected version data, got ${describe(json)}`);
  const { key, type, hash, parent, attributes } = json;
  if (typeof key !== 'string' || typeof type !== 'string') {
    throw new VersionError('version data needs string key and type');
  }
  if (!isHash(hash) || !isHash(parent)) {
    throw new VersionError(`version of ${key} needs 40-hex-character hash and parent`);
  }
  if (!isPlainObject(attributes) || !Object.values(attributes).every(isAttributeData)) {
    throw new VersionError(`version of ${key} has malformed attributes`);
  }
  return json as unknown as VersionJSON;
}

function isAttributeData(value: unknown): boolean {
  return isPlainObject(value) && Object.hasOwn(value, 'value');
}

function readStamp(value: unknown, field: string): Stamp {
  try {
    return decodeStamp(value);
  } catch (cause) {
    throw new VersionError(`version field ${field} is not a stamp`, { cause });
  }
}
