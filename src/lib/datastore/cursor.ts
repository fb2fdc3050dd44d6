// Cursor: the once-only async iterable a query returns, with offset/limit counters and `lastKey`.

import { CursorConsumedError } from './errors.ts';
import type { Key } from './key.ts';

/** One query result: the value and, where the store knows it, its key. */
export interface Entry<V> {
  key: Key | undefined;
  value: V;
}

/** Offset and limit applied by a cursor to its source. */
export interface CursorOptions {
  offset?: number | undefined;
  limit?: number | undefined;
}

/**
 * The results of a query: an async iterable of values that can be iterated once.
 * @example for await (const value of await store.query(new Query('/users'))) console.log(value);
 */
export class Cursor<V = unknown> implements AsyncIterable<V> {
  #returned = 0;
  #last: Entry<V> | undefined;
  readonly #source: Iterable<Entry<V>> | AsyncIterable<Entry<V>>;
  readonly #offset: number;
  readonly #limit: number;
  #iterator: AsyncIterator<Entry<V>> | undefined;
  #started = false;
  #skipped = 0;
  #inner: Cursor<unknown> | undefined;

  constructor(source: Iterable<Entry<V>> | AsyncIterable<Entry<V>>, options: CursorOptions = {}) {
    this.#source = source;
    this.#offset = options.offset ?? 0;
    this.#limit = options.limit ?? Infinity;
  }

  /**
   * A cursor over `cursor`'s entries passed through `map`; it reports the inner cursor's `skipped`.
   * @example Cursor.map(inner, ({ key, value }) => ({ key, value: String(value) }))
   */
  static map<A, B>(cursor: Cursor<A>, map: (entry: Entry<A>) => Entry<B>): Cursor<B> {
    const out = new Cursor<B>(mapAsync(cursor.entries(), map));
    out.#inner = cursor as Cursor<unknown>;
    return out;
  }

  /** The key of the last value returned, where the store knows keys. */
  get lastKey(): Key | undefined {
    return this.#last?.key;
  }

  /** How many results were yielded so far. */
  get returned(): number {
    return this.#returned;
  }

  /** How many results the offset dropped so far. */
  get skipped(): number {
    return this.#inner ? this.#inner.skipped : this.#skipped;
  }

  /**
   * Iterates the values; throws if the cursor was already iterated.
   * @example const [first] = await cursor.toArray();
   */
  [Symbol.asyncIterator](): AsyncIterator<V> {
    const entries = this.entries();
    return {
      next: async () => {
        const r = await entries.next();
        return r.done ? { done: true, value: undefined } : { done: false, value: r.value.value };
      },
      // A `break` does not close the source, so `toArray()` can still collect the rest.
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /**
   * Iterates `{ key, value }` entries instead of values; throws if the cursor was already iterated.
   * @example for await (const { key, value } of cursor.entries()) console.log(String(key), value);
   */
  entries(): AsyncIterator<Entry<V>> & AsyncIterable<Entry<V>> {
    if (this.#started) throw new CursorConsumedError();
    this.#started = true;
    const it = this.#pull();
    return {
      next: () => it.next(),
      return: async () => ({ done: true, value: undefined }),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * Collects the remaining values (all of them when the cursor is fresh).
   * @example await cursor.toArray() // [{ name: 'alice' }, …]
   */
  async toArray(): Promise<V[]> {
    return this.#collect((e) => e.value);
  }

  /**
   * Collects the remaining `{ key, value }` entries (all of them when the cursor is fresh).
   * @example (await cursor.toEntries()).map((e) => String(e.key)) // ['/users/alice', …]
   */
  async toEntries(): Promise<Entry<V>[]> {
    return this.#collect((e) => e);
  }

  async #collect<T>(pick: (entry: Entry<V>) => T): Promise<T[]> {
    this.#started = true;
    // A fresh cursor over a sync source is drained in one synchronous loop: no promise per item.
    if (this.#iterator === undefined && Symbol.iterator in this.#source) {
      return this.#drainSync(this.#source, pick);
    }
    const it = this.#pull();
    const out: T[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) out.push(pick(r.value));
    return out;
  }

  #drainSync<T>(source: Iterable<Entry<V>>, pick: (entry: Entry<V>) => T): T[] {
    const out: T[] = [];
    this.#iterator = exhausted<Entry<V>>(); // later reads find the cursor empty
    if (this.#limit === 0) return out;
    for (const entry of source) {
      if (!this.#take(entry)) continue;
      out.push(pick(entry));
      if (this.#full()) break;
    }
    return out;
  }

  // One underlying iterator, shared by entries(), the value iterator, toArray() and toEntries().
  #pull(): AsyncIterator<Entry<V>> {
    this.#iterator ??= this.#generate();
    return this.#iterator;
  }

  async *#generate(): AsyncGenerator<Entry<V>> {
    if (this.#limit === 0) return;
    const source = this.#source;
    // A sync source is looped synchronously: `for await` would add a microtask per item.
    if (Symbol.iterator in source) {
      for (const entry of source) {
        if (!this.#take(entry)) continue;
        yield entry;
        if (this.#full()) return;
      }
    } else {
      for await (const entry of source) {
        if (!this.#take(entry)) continue;
        yield entry;
        if (this.#full()) return;
      }
    }
  }

  // Counts an entry: false when the offset drops it, true when it is to be yielded.
  #take(entry: Entry<V>): boolean {
    if (this.#skipped < this.#offset) {
      this.#skipped++;
      return false;
    }
    this.#returned++;
    this.#last = entry; // read its key only when asked: stores may build keys lazily
    return true;
  }

  #full(): boolean {
    return this.#returned >= this.#limit;
  }
}

// An iterator that is already done.
async function* exhausted<T>(): AsyncGenerator<T> {}

async function* mapAsync<A, B>(
  entries: AsyncIterable<Entry<A>>,
  map: (entry: Entry<A>) => Entry<B>,
) {
  for await (const entry of entries) yield map(entry);
}
