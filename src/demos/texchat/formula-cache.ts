// Typeset formulas by source, so the live preview and a message shown in two panes typeset once.

/** The most formulas kept; the least recently used goes first. */
export const MAX_CACHED_FORMULAS = 300;
/** The most characters of keys kept (a key holds the sources of a message's earlier formulas). */
export const MAX_CACHED_KEY_CHARS = 1_000_000;

/**
 * A typeset formula (its sanitized node, cloned on use) or its error, and what it cost; or, with
 * `spent`, the message budget that ran out at this formula (the key then holds what was spent
 * before it, so the outcome is the same as typesetting again, except that a clock that ran out
 * is not retried).
 */
export interface CachedFormula {
  node?: HTMLElement;
  error: string;
  cost: { steps: number; nodes: number };
  spent?: 'steps' | 'nodes' | 'ms';
}

/** A least-recently-used map from a formula's cache key to its result. */
export class FormulaCache {
  readonly #entries = new Map<string, CachedFormula>();
  #chars = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly max = MAX_CACHED_FORMULAS,
    readonly maxChars = MAX_CACHED_KEY_CHARS,
  ) {}

  /** The entry of `key`, now the most recently used; undefined (a miss) when absent. */
  get(key: string): CachedFormula | undefined {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Stores an entry, dropping the least recently used beyond `max`. */
  set(key: string, entry: CachedFormula): void {
    if (this.#entries.delete(key)) this.#chars -= key.length;
    this.#entries.set(key, entry);
    this.#chars += key.length;
    while (this.#entries.size > this.max || this.#chars > this.maxChars) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
      this.#chars -= oldest.length;
    }
  }
}
