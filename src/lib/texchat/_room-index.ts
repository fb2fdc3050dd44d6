// The in-memory index of one room's history: ids, arrival numbers, and who holds how many.

/** A message the bounds pushed out. */
export interface Evicted {
  id: string;
  seq: number;
}

/** Which ids a room holds, in arrival order, and how many each sender holds (no storage). */
export class RoomIndex {
  readonly #seqById = new Map<string, number>();
  // Per sender, its messages oldest first (arrival numbers only grow, so pushes keep the order).
  readonly #bySender = new Map<string, Evicted[]>();
  #next = 0;

  /** The number the next message gets. */
  next(): number {
    return this.#next;
  }

  /** The arrival number of `id`, if the room holds it. */
  seqOf(id: string): number | undefined {
    return this.#seqById.get(id);
  }

  /** How many messages the room holds. */
  get size(): number {
    return this.#seqById.size;
  }

  /** Records a stored message. */
  add(id: string, seq: number, sender: string): void {
    this.#seqById.set(id, seq);
    const list = this.#bySender.get(sender) ?? [];
    this.#bySender.set(sender, list);
    list.push({ id, seq });
    const before = list[list.length - 2];
    if (before && before.seq > seq) list.sort((a, b) => a.seq - b.seq);
    this.#next = Math.max(this.#next, seq + 1);
  }

  /**
   * Removes what the bounds require after `sender` added a message: first that sender's oldest
   * beyond `perSender`, then, while the room is beyond `room`, the oldest message of the sender
   * holding the most (the earliest such message on a tie). Returns what was removed.
   */
  evict(sender: string, perSender: number, room: number): Evicted[] {
    const gone: Evicted[] = [];
    const own = this.#bySender.get(sender) ?? [];
    while (own.length > perSender) gone.push(this.#remove(sender));
    while (this.size > room) gone.push(this.#remove(this.#largestHolder()));
    return gone;
  }

  // --- Internal helpers ---

  #largestHolder(): string {
    let best = '';
    let bestList: Evicted[] = [];
    for (const [sender, list] of this.#bySender) {
      const more = list.length > bestList.length;
      const tieOlder =
        list.length === bestList.length && (list[0]?.seq ?? 0) < (bestList[0]?.seq ?? 0);
      if (more || tieOlder) [best, bestList] = [sender, list];
    }
    return best;
  }

  #remove(sender: string): Evicted {
    const list = this.#bySender.get(sender) ?? [];
    const first = list.shift();
    if (!first) throw new Error(`[texchat] [history] no message of ${sender} to evict`);
    if (list.length === 0) this.#bySender.delete(sender);
    this.#seqById.delete(first.id);
    return first;
  }
}
