// SymlinkDatastore: symbolic links between keys, followed on reads, writes and queries.

import { Cursor, type Entry } from '../cursor.ts';
import { CircularLinkError, LinkOverValueError } from '../errors.ts';
import { Key, type KeyLike } from '../key.ts';
import { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';
import { Serial } from './_serial.ts';

/** How a link is stored in the child: a JSON-ready object naming its target. */
export interface LinkRecord {
  '@link': string;
}

/**
 * Adds `link(source, target)`, as `ln -s source target`: the link is stored at `target` and points
 * to `source`. Reads and writes at a link go to what it points to (chains too); `delete` removes
 * the link itself; a dangling link reads as missing; cycles and links over stored values are refused.
 * @example await ds.put('/a', 1); await ds.link('/a', '/b'); await ds.get('/b') // 1
 */
export class SymlinkDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'symlink';
  /** The store holding values and link records. */
  readonly child: Datastore<V | LinkRecord>;
  // link() checks for cycles, then writes: links and writes run one at a time so the check holds.
  readonly #serial = new Serial();

  constructor(child: Datastore<NoInfer<V>>) {
    super();
    this.child = checkStore(child, 'SymlinkDatastore child') as Datastore<V | LinkRecord>;
  }

  /**
   * Stores a link at `target` pointing to `source` (argument order of `ln -s source target`).
   * Throws `CircularLinkError` when the link would make a cycle (checked first), and
   * `LinkOverValueError` when `target` holds a value that is not a link; re-pointing a link is fine.
   * @example await ds.put('/a', 1); await ds.link('/a', '/b'); await ds.get('/b') // 1
   */
  async link(source: KeyLike, target: KeyLike): Promise<void> {
    const to = Key.from(source);
    const at = Key.from(target);
    await this.#serial.run(() => this.#link(to, at));
  }

  // `at` becomes a link to `to`: refused when following links from `to` comes back to `at`.
  async #link(to: Key, at: Key): Promise<void> {
    const seen = new Set([at.toString()]);
    for (let k: Key | undefined = to; k; k = await this.#linkAt(k)) {
      if (seen.has(k.toString())) {
        throw new CircularLinkError(
          `[datastore] [symlink] linking ${at} to ${to} would make a cycle through ${k}`,
        );
      }
      seen.add(k.toString());
    }
    const existing = await this.child.get(at);
    if (existing !== undefined && !isLink(existing)) {
      throw new LinkOverValueError(
        `[datastore] [symlink] ${at} holds a value, not a link: delete it before linking ${at} to ${to}`,
      );
    }
    await this.child.put(at, { '@link': to.toString() });
  }

  /**
   * The target `key` links to directly, or undefined when it is not a link.
   * @example await ds.readLink('/b') // Key('/a')
   */
  async readLink(key: KeyLike): Promise<Key | undefined> {
    return this.#linkAt(Key.from(key));
  }

  protected async _get(key: Key): Promise<V | undefined> {
    return (await this.#resolve(key)).value;
  }

  // A link-shaped value is a link: it goes through link() so the cycle and value checks apply.
  protected _put(key: Key, value: V): Promise<void> {
    if (isLink(value)) return this.link(value['@link'], key);
    return this.#serial.run(async () => {
      const { key: target } = await this.#resolve(key);
      await this.child.put(target, value);
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.#serial.run(() => this.child.delete(key));
  }

  // The child only selects the collection: values must be resolved before filters and orders run.
  protected override async _query(query: Query): Promise<Cursor<V>> {
    const cursor = await this.child.query(new Query(query.key, { offsetKey: query.offsetKey }));
    return query.applyEntries(this.#resolved(cursor.entries()));
  }

  async *#resolved(entries: AsyncIterable<Entry<V | LinkRecord>>): AsyncGenerator<Entry<V>> {
    for await (const { key, value } of entries) {
      const resolved = isLink(value) ? (await this.#resolve(new Key(value['@link']))).value : value;
      if (resolved !== undefined) yield { key, value: resolved };
    }
  }

  async #linkAt(key: Key): Promise<Key | undefined> {
    const value = await this.child.get(key);
    return isLink(value) ? new Key(value['@link']) : undefined;
  }

  // Follows links from `key` to the final key and its value (undefined when dangling).
  async #resolve(key: Key): Promise<{ key: Key; value: V | undefined }> {
    const seen = new Set<string>();
    for (let k = key; ;) {
      if (seen.has(k.toString()))
        throw new CircularLinkError(`[datastore] [symlink] the links from ${key} loop at ${k}`);
      seen.add(k.toString());
      const value = await this.child.get(k);
      if (!isLink(value)) return { key: k, value };
      k = new Key(value['@link']);
    }
  }
}

/** True when `value` is a stored link record. */
export function isLink(value: unknown): value is LinkRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keys[0] === '@link' && typeof (value as LinkRecord)['@link'] === 'string'
  );
}
