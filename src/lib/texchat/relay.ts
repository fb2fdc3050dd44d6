// Relay transport: clients on different machines talk through a socket.io relay server.
// The library never imports socket.io-client itself: the caller passes its `io` function, so the
// page loads that code only when a relay is configured (see src/demos/texchat/relay-connect.ts).
import { cryptoRandom } from './names.ts';
import { parsePacket, type Packet } from './protocol.ts';
import { Listeners, type Transport } from './transport.ts';

/** What the connection to the relay is doing, as the page shows it. */
export type RelayState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** An error the relay reported: a refused event, a rate limit, a refused connection. */
export interface RelayError {
  code: string;
  message: string;
}

/** The answer of the relay to a message: stored (or already stored), or refused. */
export type RelayAck = { ok: true; duplicate?: boolean } | { ok: false; code: string };

/** The part of a socket.io-client `Socket` the transport uses. */
export interface RelaySocket {
  readonly connected: boolean;
  readonly active: boolean;
  /** Calls `listener` on every `event` from the relay. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io listeners are untyped here
  on(event: string, listener: (...args: any[]) => void): unknown;
  /** Sends `event` with `args` to the relay. */
  emit(event: string, ...args: unknown[]): unknown;
  /** The same socket, whose next acknowledged `emit` fails after `ms` milliseconds. */
  timeout(ms: number): {
    /** Sends `event` with `data`; `ack` gets the relay's answer, or an error on timeout. */
    emit(event: string, data: unknown, ack: (error: unknown, answer: unknown) => void): unknown;
  };
  /** Closes the connection for good. */
  disconnect(): unknown;
}

/** socket.io-client's `io(url, options)`, or anything with its shape. */
export type RelayConnect = (
  url: string,
  options: { auth: { id: string; token: string }; transports?: string[] },
) => RelaySocket;

/** Options of `createRelayTransport`. */
export interface RelayTransportOptions {
  url: string;
  /** The client id the ChatClient uses (the relay binds the connection to it). */
  id: string;
  /** A secret that proves a reconnect comes from the same client (random when absent). */
  token?: string;
  connect: RelayConnect;
  /** How long to wait for the relay to confirm a message before sending it again, in ms. */
  ackTimeoutMs?: number;
  /** How long to wait before retrying a message the relay rate-limited, in ms. */
  retryMs?: number;
}

/** A transport over a relay, with its connection state and the relay's error reports. */
export interface RelayTransport extends Transport {
  readonly state: RelayState;
  /** Messages sent but not yet confirmed by the relay (typed offline, or in flight). */
  readonly pending: number;
  /** Calls `listener` whenever `state` changes; returns a function that stops it. */
  onState(listener: (state: RelayState) => void): () => void;
  /** Calls `listener` when a lost connection is back (call `ChatClient.resync` then). */
  onReconnect(listener: () => void): () => void;
  /** Calls `listener` with each error the relay reports; returns a function that stops it. */
  onError(listener: (error: RelayError) => void): () => void;
}

/**
 * A transport through a relay server. Messages wait in an outbox until the relay confirms them,
 * and are sent again after a reconnect (the relay stores a message id once); presence (the last
 * `hello`) and the history request are repeated on every reconnect.
 * @example const t = createRelayTransport({ url, id: client.id, connect: io }); new ChatClient({ transport: t, id })
 */
export function createRelayTransport(options: RelayTransportOptions): RelayTransport {
  return new Relay(options);
}

/** A random secret for `RelayTransportOptions.token`: 32 hex digits. */
export function createRelayToken(): string {
  let hex = '';
  while (hex.length < 32) hex += cryptoRandom().toString(16).padStart(8, '0');
  return hex;
}

// --- Internal helpers ---

type MessagePacket = Extract<Packet, { type: 'message' }>;

class Relay implements RelayTransport {
  readonly #packets = new Listeners();
  readonly #states = new Set<(state: RelayState) => void>();
  readonly #errors = new Set<(error: RelayError) => void>();
  readonly #reconnects = new Set<() => void>();
  readonly #outbox = new Map<string, MessagePacket>();
  readonly #socket: RelaySocket;
  readonly #ackTimeoutMs: number;
  readonly #retryMs: number;
  #state: RelayState = 'connecting';
  #everConnected = false;
  #closed = false;
  // What a reconnect repeats: the room this client is in, and its last history request.
  #hello: Extract<Packet, { type: 'hello' }> | undefined;
  // Whether the relay accepted the last `hello` (it refuses a name taken in the room).
  #joined = false;
  #historyRequest: Extract<Packet, { type: 'history-request' }> | undefined;

  constructor(options: RelayTransportOptions) {
    this.#ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
    this.#retryMs = options.retryMs ?? 1_000;
    const auth = { id: options.id, token: options.token ?? createRelayToken() };
    this.#socket = options.connect(options.url, { auth });
    this.#socket.on('connect', () => this.#onConnect());
    this.#socket.on('disconnect', () => this.#setState(this.#closed ? 'offline' : 'reconnecting'));
    this.#socket.on('connect_error', (error: { message?: unknown }) => this.#onConnectError(error));
    this.#socket.on('packet', (data: unknown) => {
      const packet = parsePacket(data);
      if (packet && !this.#closed) this.#packets.emit(packet);
    });
    this.#socket.on('relay-error', (error: unknown) => this.#reportError(error));
  }

  get state(): RelayState {
    return this.#state;
  }

  get pending(): number {
    return this.#outbox.size;
  }

  send(packet: Packet): void {
    if (this.#closed) return;
    this.#remember(packet);
    if (packet.type === 'message') {
      this.#outbox.set(packet.message.id, packet);
      if (this.#socket.connected) this.#sendMessage(packet);
    } else if (packet.type === 'hello' || (packet.type === 'rename' && !this.#joined)) {
      // A rename after a refused hello is a new try at joining, under the new name.
      if (this.#socket.connected && this.#hello) this.#sendHello(this.#hello);
    } else if (this.#socket.connected) {
      // Presence sent while offline is dropped: the reconnect repeats the current `hello`.
      this.#socket.emit('packet', packet);
    }
  }

  subscribe(listener: (packet: Packet) => void): () => void {
    return this.#packets.add(listener);
  }

  onState(listener: (state: RelayState) => void): () => void {
    this.#states.add(listener);
    return () => this.#states.delete(listener);
  }

  onError(listener: (error: RelayError) => void): () => void {
    this.#errors.add(listener);
    return () => this.#errors.delete(listener);
  }

  onReconnect(listener: () => void): () => void {
    this.#reconnects.add(listener);
    return () => this.#reconnects.delete(listener);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#socket.disconnect();
    this.#packets.clear();
    this.#setState('offline');
    this.#states.clear();
    this.#errors.clear();
    this.#reconnects.clear();
  }

  #remember(packet: Packet): void {
    if (packet.type === 'hello') {
      this.#hello = packet;
      this.#joined = false;
      this.#historyRequest = undefined;
    } else if (packet.type === 'bye') {
      this.#hello = undefined;
      this.#joined = false;
      this.#historyRequest = undefined;
    } else if (packet.type === 'rename' && this.#hello) {
      this.#hello = { ...this.#hello, from: packet.from };
    } else if (packet.type === 'history-request') {
      this.#historyRequest = packet;
    }
  }

  #onConnect(): void {
    const again = this.#everConnected;
    this.#everConnected = true;
    if (this.#hello) this.#sendHello(this.#hello);
    if (this.#historyRequest) this.#socket.emit('packet', this.#historyRequest);
    for (const packet of this.#outbox.values()) this.#sendMessage(packet);
    this.#setState('connected');
    if (again) for (const listener of [...this.#reconnects]) listener();
  }

  #onConnectError(error: { message?: unknown }): void {
    // A connection the relay refused (origin, identity) is not retried by socket.io.
    if (!this.#socket.active) {
      this.#reportError({ code: 'ERR_RELAY_REFUSED', message: String(error.message ?? error) });
      return this.#setState('offline');
    }
    this.#setState(this.#everConnected ? 'reconnecting' : 'connecting');
  }

  #sendHello(packet: Extract<Packet, { type: 'hello' }>): void {
    this.#socket.timeout(this.#ackTimeoutMs).emit('packet', packet, (error, answer) => {
      if (!error && this.#hello === packet) this.#joined = (answer as RelayAck)?.ok === true;
    });
  }

  #sendMessage(packet: MessagePacket): void {
    this.#socket.timeout(this.#ackTimeoutMs).emit('packet', packet, (error, answer) => {
      // No answer: the packet stays in the outbox and goes again on the next connect.
      if (error || this.#closed) return;
      const ack = answer as RelayAck;
      if (!ack?.ok && ack?.code === 'ERR_RATE_LIMITED') {
        setTimeout(() => this.#retry(packet.message.id), this.#retryMs);
        return;
      }
      this.#outbox.delete(packet.message.id);
    });
  }

  #retry(id: string): void {
    const packet = this.#outbox.get(id);
    if (packet && this.#socket.connected && !this.#closed) this.#sendMessage(packet);
  }

  #reportError(value: unknown): void {
    const { code, message } = (value ?? {}) as Record<string, unknown>;
    const error = { code: String(code ?? 'ERR_RELAY'), message: String(message ?? '') };
    for (const listener of [...this.#errors]) listener(error);
  }

  #setState(state: RelayState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of [...this.#states]) listener(state);
  }
}
