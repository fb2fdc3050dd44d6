// Internal: the keys of a Map kept in ascending order lazily, so repeated queries need no full sort.

/**
 * Tracks a Map's keys in sorted order. New keys are appended and sorted on demand (TimSort makes a
 * sorted prefix plus a short tail cheap); after a delete, the list is rebuilt on the next read.
 */
export class SortedKeys {
  readonly #map: ReadonlyMap<string, unknown>;
  #keys: string[] = [];
  #unsorted = false;
  #stale = false;

  constructor(map: ReadonlyMap<string, unknown>) {
    this.#map = map;
  }

  /** Call after a new key was inserted into the map. */
  added(key: string): void {
    if (this.#stale) return;
    this.#keys.push(key);
    this.#unsorted = true;
  }

  /** Call after a key was removed from the map (or the map was cleared). */
  removed(): void {
    this.#stale = true;
    this.#keys = [];
  }

  /** The map's keys in ascending code-unit order (do not mutate). */
  sorted(): readonly string[] {
    if (this.#stale) {
      this.#keys = [...this.#map.keys()];
      this.#stale = false;
      this.#unsorted = true;
    }
    if (this.#unsorted) {
      this.#keys.sort();
      this.#unsorted = false;
    }
    return this.#keys;
  }
}
