// Internal: a Map whose entries also form a doubly linked list from least to most recently used.

interface Node<V> {
  key: string;
  value: V;
  prev: Node<V> | undefined;
  next: Node<V> | undefined;
}

/**
 * Keys to values, plus their order of use. Moving an entry to the recent end is a few pointer
 * writes, not a Map delete and re-insert (which churns the hash table of a large cache).
 */
export class RecencyMap<V> {
  readonly #nodes = new Map<string, Node<V>>();
  #oldest: Node<V> | undefined;
  #newest: Node<V> | undefined;

  get size(): number {
    return this.#nodes.size;
  }

  /** The value at `key`, made most recent. */
  use(key: string): V | undefined {
    const node = this.#nodes.get(key);
    if (node === undefined) return undefined;
    if (node !== this.#newest) this.#toNewest(node);
    return node.value;
  }

  /** The value at `key`, leaving the order alone. */
  get(key: string): V | undefined {
    return this.#nodes.get(key)?.value;
  }

  has(key: string): boolean {
    return this.#nodes.has(key);
  }

  /** Stores `value` at `key` as the most recent entry. */
  set(key: string, value: V): void {
    const node = this.#nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      if (node !== this.#newest) this.#toNewest(node);
      return;
    }
    const fresh: Node<V> = { key, value, prev: this.#newest, next: undefined };
    if (this.#newest) this.#newest.next = fresh;
    else this.#oldest = fresh;
    this.#newest = fresh;
    this.#nodes.set(key, fresh);
  }

  delete(key: string): boolean {
    const node = this.#nodes.get(key);
    if (node === undefined) return false;
    this.#unlink(node);
    this.#nodes.delete(key);
    return true;
  }

  /** Removes the least recently used entry. */
  deleteOldest(): void {
    if (this.#oldest) this.delete(this.#oldest.key);
  }

  clear(): void {
    this.#nodes.clear();
    this.#oldest = this.#newest = undefined;
  }

  /** The keys from least to most recently used. */
  *keys(): IterableIterator<string> {
    for (let n = this.#oldest; n; n = n.next) yield n.key;
  }

  #toNewest(node: Node<V>): void {
    this.#unlink(node);
    node.prev = this.#newest;
    node.next = undefined;
    if (this.#newest) this.#newest.next = node;
    else this.#oldest = node;
    this.#newest = node;
  }

  #unlink(node: Node<V>): void {
    if (node.prev) node.prev.next = node.next;
    else this.#oldest = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#newest = node.prev;
  }
}
