// Which connection holds which client id in this process: a reconnect with the same secret takes
// the id over, anyone else is refused (client ids are visible to every member of a room).
// Processes that share rooms through Redis bind ids there instead (see SharedIdentities).

/** A bound identity: the client's secret and the socket that holds it now. */
export interface Holder {
  /** The client's secret, from the handshake. */
  token: string;
  /** The socket.io id of the connection. */
  socketId: string;
  /** Drops the connection (when a reconnect takes the id over). */
  disconnect: () => void;
}

/** What the relay's handshake needs: bind an id to a socket, free it when the socket leaves. */
export interface IdentityRegistry {
  /** False when another client (another secret) holds `id`. */
  claim(id: string, holder: Holder): boolean | Promise<boolean>;
  /** Frees `id` when `socketId` still holds it. */
  release(id: string, socketId: string): void | Promise<void>;
  /** Stops background work (renewals); the registry is not used afterwards. */
  close?(): void;
}

/** The client ids bound to connections of this relay process. */
export class Identities implements IdentityRegistry {
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

  /** How many ids are bound. */
  get size(): number {
    return this.#holders.size;
  }
}
