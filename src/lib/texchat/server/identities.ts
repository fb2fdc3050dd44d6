// Which connection holds which client id in this process: a reconnect with the same secret takes
// the id over, anyone else is refused (client ids are visible to every member of a room).

/** A bound identity: the client's secret and the socket that holds it now. */
interface Holder {
  token: string;
  socketId: string;
  disconnect: () => void;
}

/** The client ids bound to connections of this relay process. */
export class Identities {
  readonly #holders = new Map<string, Holder>();

  /**
   * Binds `id` to a new socket; false when another client (another secret) holds it.
   * The same secret is a reconnect: the stale socket is dropped and the new one takes over.
   */
  claim(id: string, holder: Holder): boolean {
    const current = this.#holders.get(id);
    if (current && current.token !== holder.token) return false;
    this.#holders.set(id, holder);
    if (current && current.socketId !== holder.socketId) current.disconnect();
    return true;
  }

  /** Frees `id` when `socketId` still holds it (not when a reconnect took it over). */
  release(id: string, socketId: string): void {
    if (this.#holders.get(id)?.socketId === socketId) this.#holders.delete(id);
  }

  get size(): number {
    return this.#holders.size;
  }
}
