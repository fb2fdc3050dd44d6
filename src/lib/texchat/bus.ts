// In-page bus transport: several panes of one page talk without leaving the page.
import { parsePacket, type Packet } from './protocol.ts';
import { Listeners, type Transport } from './transport.ts';

/** Connects panes of one page; each `connect()` gives one endpoint. */
export class InPageBus {
  readonly #endpoints = new Set<BusEndpoint>();

  /**
   * A new endpoint on this bus.
   * @example const a = bus.connect(); const b = bus.connect(); a.send(p) // b receives p, a does not
   */
  connect(): Transport {
    const endpoint = new BusEndpoint(this.#endpoints);
    this.#endpoints.add(endpoint);
    return endpoint;
  }
}

/** Creates an in-page bus. */
export function createBus(): InPageBus {
  return new InPageBus();
}

// --- Internal helpers ---

class BusEndpoint implements Transport {
  readonly listeners = new Listeners();
  #closed = false;

  constructor(readonly peers: Set<BusEndpoint>) {}

  // Delivery is asynchronous and by copy, like BroadcastChannel, so panes behave like tabs.
  send(packet: Packet): void {
    if (this.#closed) return;
    const data = structuredClone(packet);
    for (const peer of this.peers) {
      if (peer === this) continue;
      queueMicrotask(() => peer.receive(data));
    }
  }

  receive(data: unknown): void {
    const packet = this.#closed ? undefined : parsePacket(data);
    if (packet) this.listeners.emit(packet);
  }

  subscribe(listener: (packet: Packet) => void): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.#closed = true;
    this.listeners.clear();
    this.peers.delete(this);
  }
}
