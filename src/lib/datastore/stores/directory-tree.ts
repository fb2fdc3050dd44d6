// DirectoryTreeDatastore: records every key in its parent's directory; queries list that directory.

import type { Cursor, Entry } from '../cursor.ts';
import { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';
import { readRecord, removeFromRecord } from './_directory-record.ts';
import { Serial } from './_serial.ts';

/**
 * Each put records the key in the directory `parent.instance('directory')`, each delete removes it
 * (dropping an empty record); a query on `K` returns the values listed at `K:directory`, in insertion order.
 * @example await ds.put('/users/alice', 1); await child.get('/users:directory') // ['/users/alice']
 */
export class DirectoryTreeDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'directory-tree';
  /** The store holding values and directory records. */
  readonly child: Datastore<V>;
  readonly #serial = new Serial();

  constructor(child: Datastore<NoInfer<V>>) {
    super();
    this.child = checkStore(child, 'DirectoryTreeDatastore child');
  }

  get #records(): Datastore<unknown> {
    return this.child as Datastore<unknown>;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.child.get(key);
  }

  // The record is read (and checked) before the value is written, and record updates run one at a time.
  protected _put(key: Key, value: V): Promise<void> {
    return this.#serial.run(async () => {
      const dir = directoryOf(key);
      const record = (await readRecord(this.#records, dir)) ?? [];
      await this.child.put(key, value);
      if (!record.includes(key.toString()))
        await this.#records.put(dir, [...record, key.toString()]);
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.#serial.run(async () => {
      await this.child.delete(key);
      await removeFromRecord(this.#records, directoryOf(key), key.toString(), true);
    });
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.child.contains(key);
  }

  // offsetKey means "after that entry" in the record's order; an entry no longer listed falls back to key order.
  protected override async _query(query: Query): Promise<Cursor<V>> {
    let record = (await readRecord(this.#records, query.key.instance('directory'))) ?? [];
    const after = query.offsetKey;
    if (after) {
      const at = record.indexOf(after.toString());
      record = at >= 0 ? record.slice(at + 1) : record.filter((k) => Key.compare(k, after) > 0);
    }
    const plain = query.copy();
    plain.offsetKey = undefined;
    return plain.applyEntries(this.#values(record));
  }

  async *#values(record: readonly string[]): AsyncGenerator<Entry<V>> {
    for (const k of record) {
      const value = await this.child.get(k);
      if (value !== undefined) yield { key: new Key(k), value };
    }
  }
}

// The root key `/` is its own parent, so it is listed at `/:directory` with the top-level keys.
function directoryOf(key: Key): Key {
  return key.parent.instance('directory');
}
