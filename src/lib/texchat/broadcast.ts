// BroadcastChannel transport: tabs of one browser (same origin) talk without a server.
import { parsePacket, type Packet } from './protocol.ts';
import { Listeners, type Transport } from './transport.ts';

/** The channel every TeXchat tab listens on. */
export const DEFAULT_CHANNEL = 'texchat';

/** The part of BroadcastChannel this transport uses (present in browsers and Node 20). */
export interface BroadcastChannelLike {
  /** Sends `data` (a packet) to every other listener on the channel. */
  postMessage(data: unknown): void;
  /** Stops listening; the transport's `close()` calls it. */
  close(): void;
  /** Receives what the other listeners send. */
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** Options of `createBroadcastTransport`. */
export interface BroadcastTransportOptions {
  /** The channel name; tabs on the same name talk. */
  channel?: string;
  /** The BroadcastChannel constructor (default: the global one). */
  BroadcastChannel?: {
    /** Opens the channel `name`, as `new BroadcastChannel(name)` does. */
    new (name: string): BroadcastChannelLike;
  };
}

/**
 * A transport over a BroadcastChannel. The channel never delivers to the instance that posted.
 * @example const t = createBroadcastTransport(); t.send({ type: 'here', room, from })
 */
export function createBroadcastTransport(options: BroadcastTransportOptions = {}): Transport {
  // The global's onmessage has a DOM-typed `this`; the transport only needs `event.data`.
  const Channel =
    options.BroadcastChannel ??
    (globalThis.BroadcastChannel as unknown as new (name: string) => BroadcastChannelLike);
  const channel: BroadcastChannelLike = new Channel(options.channel ?? DEFAULT_CHANNEL);
  const listeners = new Listeners();
  let closed = false;
  channel.onmessage = (event) => {
    const packet = parsePacket(event.data);
    if (packet) listeners.emit(packet);
  };
  return {
    // A closed channel throws on postMessage; a closed transport just drops the packet.
    send: (packet: Packet) => closed || channel.postMessage(packet),
    subscribe: (listener) => listeners.add(listener),
    close: () => {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel.onmessage = null;
      channel.close();
    },
  };
}
