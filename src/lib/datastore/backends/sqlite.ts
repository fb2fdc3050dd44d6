// SqliteDatastore: one SQLite table through node:sqlite (built into Node 24); Node only.

import { InvalidArgValueError } from '../errors.ts';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { Cursor, type Entry } from '../cursor.ts';
import { Key, pathString } from '../key.ts';
import type { Query } from '../query.ts';
import type { Serializer } from '../serializers.ts';
import { BackendDatastore, TextCodec } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
import { paging } from './_paging.ts';

export type { Capabilities } from './_capabilities.ts';

/** Options of `new SqliteDatastore(path, options)`. */
export interface SqliteDatastoreOptions {
  /** The table to use (created when missing); default `datastore`. */
  table?: string;
  /** How values become text; default JSON. */
  serializer?: Serializer<unknown, string>;
}

/** Rows read per round trip while a query streams. */
const PAGE_SIZE = 256;

/**
 * A store in one SQLite table: the key is the primary key, and a (path, key) index answers
 * collection queries in key order with offsetKey and limit in SQL.
 * @example const ds = new SqliteDatastore(':memory:'); await ds.put('/a', 1); await ds.get('/a') // 1
 */
export class SqliteDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'sqlite';
  readonly capabilities: Capabilities = SQLITE_CAPABILITIES;
  readonly #db: DatabaseSync;
  readonly #codec: TextCodec;
  readonly #sql: ReturnType<typeof prepare>;

  /** Opens (or creates) the database file at `path`, or an in-memory one for `':memory:'`. */
  constructor(path: string, options: SqliteDatastoreOptions = {}) {
    super();
    const table = options.table ?? 'datastore';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) {
      throw new InvalidArgValueError(
        `[datastore] [sqlite] table must be a plain SQL name, got ${table}`,
      );
    }
    this.#codec = new TextCodec('sqlite', options.serializer);
    this.#db = new DatabaseSync(path);
    this.#sql = prepare(this.#db, table);
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.run('get', key, async () => {
      const row = this.#sql.get.get(key.toString()) as { value: string } | undefined;
      return row === undefined ? undefined : (this.#codec.loads(key, row.value) as V);
    });
  }

  protected override _contains(key: Key): Promise<boolean> {
    return this.run('contains', key, async () => this.#sql.has.get(key.toString()) !== undefined);
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.run('put', key, async () => {
      const k = key.toString();
      // One statement: SQLite makes it atomic, so a reader sees the old row or the new one.
      this.#sql.put.run(k, pathString(k), this.#codec.dumps(key, value));
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.run('delete', key, async () => {
      this.#sql.delete.run(key.toString());
    });
  }

  protected _queryOpen(query: Query): Cursor<V> {
    return query.applyEntries(this.#rows(query));
  }

  protected _close(): void {
    this.#db.close();
  }

  // Keyset paging over the (path, key) index: each page starts after the last key read.
  async *#rows(query: Query): AsyncGenerator<Entry<V>> {
    const collection = query.key.toString();
    let { after, take } = paging(query);
    while (take === undefined || take > 0) {
      const size = take === undefined ? PAGE_SIZE : Math.min(take, PAGE_SIZE);
      const rows = (await this.run('query', collection, async () =>
        this.#sql.page.all(collection, after ?? '', size),
      )) as { key: string; value: string }[];
      for (const row of rows) yield { key: new Key(row.key), value: this.#decode(row) };
      if (rows.length < size) return;
      after = rows[rows.length - 1]!.key;
      if (take !== undefined) take -= rows.length;
    }
  }

  #decode(row: { key: string; value: string }): V {
    return this.#codec.loads(row.key, row.value) as V;
  }
}

/** What SqliteDatastore can do. */
export const SQLITE_CAPABILITIES: Capabilities = {
  query: true,
  keyOrder: true,
  pushdown: { offsetKey: true, limit: true },
  ttl: false,
  atomicity: 'each write is one SQL statement (a transaction)',
};

// --- Internal helpers ---

function prepare(db: DatabaseSync, table: string) {
  // WAL lets readers run beside the writer; NORMAL syncs at checkpoints, which WAL keeps safe
  // against a crashed process (only power loss can drop the last commits).
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, path TEXT NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;` +
      `CREATE INDEX IF NOT EXISTS ${table}_path ON ${table} (path, key);`,
  );
  const statement = (sql: string): StatementSync => db.prepare(sql);
  return {
    get: statement(`SELECT value FROM ${table} WHERE key = ?`),
    has: statement(`SELECT 1 FROM ${table} WHERE key = ?`),
    put: statement(
      `INSERT INTO ${table} (key, path, value) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
    delete: statement(`DELETE FROM ${table} WHERE key = ?`),
    page: statement(
      `SELECT key, value FROM ${table} WHERE path = ? AND key > ? ORDER BY key LIMIT ?`,
    ),
  };
}
