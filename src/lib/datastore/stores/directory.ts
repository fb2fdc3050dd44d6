// DirectoryDatastore: a pass-through store that can also keep directories (lists of keys) at keys.

import type { Cursor } from '../cursor.ts';
import { Key, type KeyLike } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';
import { addToRecord, readRecord, removeFromRecord } from './_directory-record.ts';
import { Serial } from './_serial.ts';

/**
 * Passes operations to its child, and adds directories: lists of key strings stored at a key,
 * without duplicates, in first-insertion order.
 * @example await ds.directoryAdd('/dir', '/a'); await ds.directoryRead('/dir') // [Key('/a')]
 */
export class DirectoryDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'directory';
  /** The store holding values and directory records. */
  readonly child: Datastore<V>;
  readonly #serial = new Serial();

  constructor(child: Datastore<NoInfer<V>>) {
    super();
    this.child = checkStore(child, 'DirectoryDatastore child');
  }

  /**
   * Creates an empty directory at `dirKey` unless one exists; a value that is not a list is an error.
   * @example await ds.directory('/dir'); await ds.get('/dir') // []
   */
  async directory(dirKey: KeyLike): Promise<void> {
    const k = Key.from(dirKey);
    await this.#serial.run(async () => {
      if ((await readRecord(this.#records, k)) === undefined) await this.#records.put(k, []);
    });
  }

  /**
   * The keys in the directory at `dirKey` (none when it is missing).
   * @example await ds.directoryRead('/missing') // []
   */
  async directoryRead(dirKey: KeyLike): Promise<Key[]> {
    const record = await readRecord(this.#records, Key.from(dirKey));
    return (record ?? []).map((k) => new Key(k));
  }

  /**
   * Adds `key` to the directory at `dirKey`, creating it if needed.
   * @example await ds.directoryAdd('/dir', '/a')
   */
  async directoryAdd(dirKey: KeyLike, key: KeyLike): Promise<void> {
    const [dir, entry] = [Key.from(dirKey), Key.from(key).toString()];
    await this.#serial.run(() => addToRecord(this.#records, dir, entry));
  }

  /**
   * Removes `key` from the directory at `dirKey`; harmless when either is missing.
   * @example await ds.directoryRemove('/dir', '/a')
   */
  async directoryRemove(dirKey: KeyLike, key: KeyLike): Promise<void> {
    const [dir, entry] = [Key.from(dirKey), Key.from(key).toString()];
    await this.#serial.run(() => removeFromRecord(this.#records, dir, entry, false));
  }

  get #records(): Datastore<unknown> {
    return this.child as Datastore<unknown>;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.child.get(key);
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.child.put(key, value);
  }

  protected _delete(key: Key): Promise<void> {
    return this.child.delete(key);
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.child.contains(key);
  }

  protected override _query(query: Query): Promise<Cursor<V>> {
    return this.child.query(query);
  }
}
