// Query: a collection key plus filters, orders, offset, limit and offsetKey; runs the naive pipeline.

import { defaultGetField, type GetField } from './_compare.ts';
import { checkWholeNumber, describe, jsonText } from './_utils.ts';
import { Cursor, type Entry } from './cursor.ts';
import { Filter, type FilterOperator } from './filter.ts';
import { Key, keyString, pathString, type KeyLike } from './key.ts';
import { Order, compareByOrders } from './order.ts';
import { InvalidArgTypeError } from './errors.ts';

/** Options of `new Query(key, options)`. */
export interface QueryOptions {
  limit?: number | undefined;
  offset?: number | undefined;
  offsetKey?: KeyLike | undefined;
  getField?: GetField | undefined;
}

/** The serialised form of a query (`Query.toJSON()`, `Query.fromJSON()`). */
export interface QueryJSON {
  key: string;
  limit?: number;
  offset?: number;
  offsetKey?: string;
  filter?: [string, FilterOperator, unknown][];
  order?: string[];
}

/**
 * A query over the collection `key`: the values of every key whose `path` is `key`.
 * @example new Query('/users', { limit: 10 }).filter('age', '>=', 18).order('-age')
 */
export class Query {
  /** The collection queried. */
  readonly key: Key;
  /** Reads a field of a value for filters and orders. */
  getField: GetField;
  /** The filters, all of which a value must pass. */
  filters: Filter[] = [];
  /** The orders, the first primary. */
  orders: Order[] = [];
  #limit: number | undefined;
  #offset = 0;
  #offsetKey: Key | undefined;

  constructor(key: KeyLike = '/', options: QueryOptions = {}) {
    this.key = Key.from(key);
    this.limit = options.limit;
    this.offset = options.offset ?? 0;
    this.offsetKey = options.offsetKey;
    if (options.getField !== undefined && typeof options.getField !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] Query getField must be a function, got ${describe(options.getField)}`,
      );
    }
    this.getField = options.getField ?? defaultGetField;
  }

  /** At most this many results (undefined: no limit). */
  get limit(): number | undefined {
    return this.#limit;
  }
  /** @throws TypeError or RangeError when `n` is not a whole number ≥ 0 (or undefined). */
  set limit(n: number | undefined) {
    this.#limit = n === undefined ? undefined : checkWholeNumber(n, 'Query limit');
  }

  /** Skip this many results first. */
  get offset(): number {
    return this.#offset;
  }
  /** @throws TypeError or RangeError when `n` is not a whole number ≥ 0. */
  set offset(n: number) {
    this.#offset = checkWholeNumber(n, 'Query offset');
  }

  /** Results start strictly after this key, in the store's key order. */
  get offsetKey(): Key | undefined {
    return this.#offsetKey;
  }
  /** Takes a `Key` or a key string; `undefined` starts at the beginning. */
  set offsetKey(k: KeyLike | undefined) {
    this.#offsetKey = k === undefined ? undefined : Key.from(k);
  }

  /**
   * Rebuilds a query from `toJSON()` output.
   * @example Query.fromJSON({ key: '/users', limit: 5 }).limit // 5
   */
  static fromJSON(json: QueryJSON): Query {
    const q = new Query(json.key, {
      limit: json.limit,
      offset: json.offset,
      offsetKey: json.offsetKey,
    });
    for (const [field, op, value] of json.filter ?? []) q.filter(field, op, value);
    for (const spec of json.order ?? []) q.order(spec);
    return q;
  }

  /**
   * Adds a filter and returns the query.
   * @example new Query('/users').filter('age', '>', 30).filters.length // 1
   */
  filter(field: string | Filter, op?: FilterOperator, value?: unknown): this {
    this.filters.push(
      field instanceof Filter ? field : new Filter(field, op as FilterOperator, value),
    );
    return this;
  }

  /**
   * Adds an order (`'+field'`, `'-field'`, `'field'` or an Order) and returns the query.
   * @example new Query('/users').order('-age').orders[0].isDescending() // true
   */
  order(order: string | Order): this {
    this.orders.push(order instanceof Order ? order : new Order(order));
    return this;
  }

  /**
   * True when `key` belongs to the queried collection (its `path` is the query key).
   * @example new Query('/users').selects('/users:bob') // true
   */
  selects(key: KeyLike): boolean {
    return pathString(keyString(key)) === this.key.toString();
  }

  /**
   * A deep copy: its filters and orders can change without touching this query.
   * @example q.copy().equals(q) // true
   */
  copy(): Query {
    const q = new Query(this.key, {
      limit: this.#limit,
      offset: this.#offset,
      offsetKey: this.#offsetKey,
      getField: this.getField,
    });
    // Filter values are kept as they are: an `=` filter on an object value compares identity.
    q.filters = this.filters.map((f) => new Filter(f.field, f.op, f.value));
    q.orders = this.orders.map((o) => new Order(o.toString()));
    return q;
  }

  /**
   * A deep copy of this query on another collection (used by stores that rewrite keys).
   * @example new Query('/a', { limit: 1 }).withKey('/ns/a').toJSON() // { key: '/ns/a', limit: 1 }
   */
  withKey(key: KeyLike): Query {
    const q = this.copy();
    (q as { key: Key }).key = Key.from(key);
    return q;
  }

  /**
   * True when both serialise alike.
   * @example new Query('/a').equals(new Query('a/')) // true
   */
  equals(other: Query): boolean {
    return other instanceof Query && jsonText(this.toJSON()) === jsonText(other.toJSON());
  }

  /**
   * The serialised form; `getField` is not included.
   * @example new Query('/a', { limit: 0 }).toJSON() // { key: '/a', limit: 0 }
   */
  toJSON(): QueryJSON {
    const json: QueryJSON = { key: this.key.toString() };
    if (this.#limit !== undefined) json.limit = this.#limit;
    if (this.#offset > 0) json.offset = this.#offset;
    if (this.#offsetKey !== undefined) json.offsetKey = this.#offsetKey.toString();
    if (this.filters.length > 0) json.filter = this.filters.map((f) => f.toJSON());
    if (this.orders.length > 0) json.order = this.orders.map((o) => o.toString());
    return json;
  }

  /**
   * Runs the naive pipeline (filter, order, offset, limit) over plain values.
   * @example await new Query('/', { limit: 1 }).apply([3, 1, 2]).toArray() // [3]
   */
  apply<V>(values: Iterable<V> | AsyncIterable<V>): Cursor<V> {
    return this.applyEntries(mapEntries(values));
  }

  /**
   * Runs the naive pipeline over `{ key, value }` entries in the store's key order:
   * offsetKey, then filter, order, offset, limit.
   * @example await q.applyEntries([{ key: new Key('/u/a'), value: 1 }]).toArray() // [1]
   */
  applyEntries<V>(entries: Iterable<Entry<V>> | AsyncIterable<Entry<V>>): Cursor<V> {
    // The pipeline runs lazily, so it works on a copy: changing this query later cannot change it.
    const q = this.filters.length > 0 || this.orders.length > 0 ? this.copy() : this;
    const offsetKey = this.#offsetKey;
    const filtered =
      offsetKey || q.filters.length > 0 ? filterEntries(entries, q, offsetKey) : entries;
    const ordered = q.orders.length > 0 ? sortEntries(filtered, q) : filtered;
    return new Cursor(ordered, { offset: this.#offset, limit: this.#limit });
  }
}

// --- Internal helpers ---

function mapEntries<V>(
  values: Iterable<V> | AsyncIterable<V>,
): Iterable<Entry<V>> | AsyncIterable<Entry<V>> {
  if (Symbol.iterator in values) {
    return (function* () {
      for (const value of values) yield { key: undefined, value };
    })();
  }
  return (async function* () {
    for await (const value of values) yield { key: undefined, value };
  })();
}

function* filterSync<V>(
  entries: Iterable<Entry<V>>,
  q: Query,
  after: Key | undefined,
): Generator<Entry<V>> {
  for (const e of entries) if (passes(e, q, after)) yield e;
}

async function* filterAsync<V>(entries: AsyncIterable<Entry<V>>, q: Query, after: Key | undefined) {
  for await (const e of entries) if (passes(e, q, after)) yield e;
}

function filterEntries<V>(
  entries: Iterable<Entry<V>> | AsyncIterable<Entry<V>>,
  q: Query,
  after: Key | undefined,
): Iterable<Entry<V>> | AsyncIterable<Entry<V>> {
  return Symbol.iterator in entries
    ? filterSync(entries, q, after)
    : filterAsync(entries, q, after);
}

function passes<V>(e: Entry<V>, q: Query, after: Key | undefined): boolean {
  if (after && e.key && Key.compare(e.key, after) <= 0) return false;
  for (const f of q.filters) if (!f.matches(e.value, q.getField)) return false;
  return true;
}

function sortEntries<V>(
  entries: Iterable<Entry<V>> | AsyncIterable<Entry<V>>,
  q: Query,
): Iterable<Entry<V>> | AsyncIterable<Entry<V>> {
  // Array.prototype.sort is stable, so equal values keep the store's key order.
  const sort = (all: Entry<V>[]) =>
    all.sort((a, b) => compareByOrders(a.value, b.value, q.orders, q.getField));
  // A sync source stays sync (the cursor then drains it without a promise per item).
  if (Symbol.iterator in entries) {
    return { [Symbol.iterator]: () => sort(Array.from(entries))[Symbol.iterator]() };
  }
  return (async function* () {
    const all: Entry<V>[] = [];
    for await (const e of entries) all.push(e);
    yield* sort(all);
  })();
}
