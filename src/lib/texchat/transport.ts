// The transport interface every way of carrying packets implements, and a bridge between two.
import type { Packet } from './protocol.ts';

/** Receives packets from a transport. */
export type PacketListener = (packet: Packet) => void;

/**
 * Carries packets between clients. A transport never delivers a packet back to its sender,
 * so a client shows its own messages itself.
 */
export interface Transport {
  /** Sends a packet to every other endpoint. */
  send(packet: Packet): void;
  /** Calls `listener` for every packet from elsewhere; returns the unsubscribe function. */
  subscribe(listener: PacketListener): () => void;
  /** Stops sending and receiving. */
  close(): void;
}

/**
 * Forwards packets both ways between two transports (an in-page bus and a BroadcastChannel);
 * returns the function that stops it. Neither side echoes, so nothing loops.
 */
export function bridge(a: Transport, b: Transport): () => void {
  const offA = a.subscribe((packet) => b.send(packet));
  const offB = b.subscribe((packet) => a.send(packet));
  return () => {
    offA();
    offB();
  };
}

/** A set of listeners, shared by the transports. */
export class Listeners {
  readonly #set = new Set<PacketListener>();

  /** Adds a listener; returns the function that removes it. */
  add(listener: PacketListener): () => void {
    this.#set.add(listener);
    return () => this.#set.delete(listener);
  }

  /** Calls every listener; one that throws does not stop the others. */
  emit(packet: Packet): void {
    for (const listener of [...this.#set]) {
      try {
        listener(packet);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#set.clear();
  }
}
