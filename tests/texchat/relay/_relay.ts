// Helpers of the relay tests: a relay on a free port, chat clients and raw sockets connected to it.
import { vi } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { DictDatastore, type Datastore } from '@project-hub/datastore';
import {
  ChatClient,
  createRelayToken,
  createRelayTransport,
  type Message,
  type RelayConnect,
  type RelayTransport,
} from '@project-hub/texchat';
import { startRelay, type RelayOptions, type RelayServer } from '@project-hub/texchat/server';

/** socket.io-client's `io`, one connection per call, websocket first (as the page does). */
export const connect: RelayConnect = (url, options) =>
  io(url, { ...options, forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });

/** Starts a relay on a free port with an in-memory store unless one is given. */
export function testRelay(options: Partial<RelayOptions> = {}): Promise<RelayServer> {
  return startRelay({ store: new DictDatastore(), port: 0, log: () => {}, ...options });
}

/** A chat client over the relay, with its transport and every message it saw. */
export interface RelayUser {
  client: ChatClient;
  transport: RelayTransport;
  /** Messages from others (live and history), in arrival order. */
  seen: Message[];
  errors: string[];
}

let ids = 0;
/** A fresh client id (16 hex digits), distinct across the test file. */
export function clientId(): string {
  ids += 1;
  return (0x1000_0000 + ids).toString(16).padStart(16, 'a');
}

/** Connects a ChatClient named `name` to the relay at `url`. */
export function relayUser(url: string, name: string, id = clientId()): RelayUser {
  const transport = createRelayTransport({ url, id, connect, token: createRelayToken() });
  const client = new ChatClient({ transport, id, name });
  transport.onReconnect(() => void client.resync());
  const user: RelayUser = { client, transport, seen: [], errors: [] };
  // Only what came through the relay: a client's own messages are echoed locally.
  client.on('message', ({ message, local }) => local || user.seen.push(message));
  client.on('history', ({ messages }) => user.seen.push(...messages));
  transport.onError((error) => user.errors.push(error.code));
  return user;
}

/** A bare socket.io-client socket, for what a hostile client does by hand. */
export function rawSocket(
  url: string,
  auth: object = { id: clientId(), token: createRelayToken() },
  extra = {},
): Socket {
  return io(url, { auth, forceNew: true, reconnection: false, ...extra });
}

/** Resolves once `socket` is connected. */
export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** Waits until `check` passes (network delivery takes a few ms). */
export const eventually = (check: () => void, timeout = 3000) =>
  vi.waitFor(check, { timeout, interval: 10 });

/** The texts a user saw, in order. */
export const texts = (user: RelayUser) => user.seen.map((m) => m.text);

export type { Datastore };
