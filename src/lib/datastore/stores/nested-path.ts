// NestedPathDatastore: stores `/abcdefghijk` at `/ab/cd/ef/abcdefghijk`, spreading keys over nested paths.

import { checkWholeNumber, describe } from '../_utils.ts';
import { InvalidArgTypeError, InvalidArgValueError, NotSupportedError } from '../errors.ts';
import { Key } from '../key.ts';
import type { Query } from '../query.ts';
import type { Datastore } from '../store.ts';
import { KeyTransformDatastore } from './key-transform.ts';

/** Options of NestedPathDatastore. */
export interface NestedPathOptions {
  /** How many prefix segments. Default 3. */
  depth?: number;
  /** Characters per prefix segment. Default 2. */
  length?: number;
  /** The text the prefix is cut from. Default: the key's name. */
  keyFn?: (key: Key) => string;
}

/**
 * Prefixes each key with `depth` segments of `length` characters cut from `keyFn(key)`;
 * a short name is repeated to fill them. Queries are not supported.
 * @example new NestedPathDatastore(child).nestKey('/x/y:abcdefg') // Key('/ab/cd/ef/x/y:abcdefg')
 */
export class NestedPathDatastore<V = unknown> extends KeyTransformDatastore<V> {
  protected override readonly storeName = 'nested-path';

  constructor(child: Datastore<NoInfer<V>>, options: NestedPathOptions = {}) {
    const depth = checkWholeNumber(options.depth ?? 3, 'NestedPathDatastore depth', 1);
    const length = checkWholeNumber(options.length ?? 2, 'NestedPathDatastore length', 1);
    const keyFn = options.keyFn ?? ((key: Key) => key.name);
    if (typeof keyFn !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] [nested-path] option keyFn must be a function, got ${describe(keyFn)}`,
      );
    }
    super(child, { transform: (key) => nest(key, keyFn(key), depth, length) });
  }

  /**
   * The child key for `key`.
   * @example new NestedPathDatastore(child).nestKey('/abcdefghijk') // Key('/ab/cd/ef/abcdefghijk')
   */
  nestKey(key: Key | string): Key {
    return this.transformKey(key);
  }

  protected override _query(query: Query): never {
    throw new NotSupportedError(
      `[datastore] [nested-path] query is not supported: the keys of ${query.key} are scattered over nested paths`,
    );
  }
}

function nest(key: Key, name: string, depth: number, length: number): Key {
  if (typeof name !== 'string' || name === '') {
    throw new InvalidArgValueError(
      `[datastore] [nested-path] key ${key} has an empty name; cannot build its nested path`,
    );
  }
  const total = depth * length;
  const filled = name.repeat(Math.ceil(total / name.length));
  const prefix: string[] = [];
  for (let i = 0; i < depth; i++) prefix.push(filled.slice(i * length, (i + 1) * length));
  return new Key(prefix).child(key);
}
