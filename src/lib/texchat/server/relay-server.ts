// The relay server: socket.io 4 over Node's http, origin allow-list, bounded payloads, identities
// bound at the handshake, history through a datastore, and an optional Redis adapter for scale-out.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import type { Datastore } from '@project-hub/datastore';
import type { RedisClientType as RedisClient } from 'redis';
import { isClientId } from '../protocol.ts';
import { MESSAGE_RATE, PRESENCE_RATE } from '../rate-limit.ts';
import { Connection, type ConnectionLimits } from './connection.ts';
import { Identities, type IdentityRegistry } from './identities.ts';
import type { ConnectionRecord } from './inbound.ts';
import { RoomHistory, type RelayHistory } from './room-history.ts';
import { RoomList } from './room-list.ts';
import { SharedIdentities } from './shared-identities.ts';

/** The largest frame the transport accepts, in bytes: a full message and a history request fit. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** The limits a connection gets unless told otherwise. */
export const DEFAULT_LIMITS: ConnectionLimits = {
  // What every ChatClient accepts from one sender: the relay passes no more than receivers take.
  messages: MESSAGE_RATE,
  presence: PRESENCE_RATE,
  events: { burst: 60, perSecond: 20 },
  maxRefusals: 100,
};

/** Options of `startRelay`. Only `store` is required. */
export interface RelayOptions {
  /** Where room history lives (see RoomHistory for the keys). */
  store: Datastore;
  /**
   * The history itself, when it is not this process's own `RoomHistory` over `store`: processes
   * that share rooms pass a `SharedRoomHistory`, so they see one history.
   */
  history?: RelayHistory;
  port?: number;
  host?: string;
  /** Origins a browser page may connect from; '*' allows any. Requests without Origin pass. */
  origins?: readonly string[] | '*';
  /**
   * A Redis URL: processes on the same Redis share rooms through @socket.io/redis-adapter, and
   * client ids are bound in that Redis, so an id held on one process is refused on the others.
   */
  redisUrl?: string;
  historyLimit?: number;
  limits?: Partial<ConnectionLimits>;
  /** How often every client gets the public room list, in ms. */
  roomsIntervalMs?: number;
  /** The clock, in milliseconds (default `Date.now`); tests pass a fake one. */
  now?: () => number;
  /** Where the relay's log lines go. */
  log?: (line: string) => void;
}

/** A running relay. */
export interface RelayServer {
  readonly port: number;
  readonly url: string;
  readonly io: Server;
  /** Disconnects everyone and stops listening (and the Redis clients). */
  close(): Promise<void>;
}

/**
 * Starts a relay and resolves once it listens.
 * @example const relay = await startRelay({ store: new DictDatastore(), port: 0 }); relay.url → 'http://127.0.0.1:41234'
 */
export async function startRelay(options: RelayOptions): Promise<RelayServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const http = createServer((req, res) => {
    res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/healthz' ? 'ok\n' : 'not found\n');
  });
  const origins = options.origins ?? '*';
  const io = new Server(http, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    allowRequest: (req, callback) => callback(null, originAllowed(req, origins)),
    cors: { origin: origins === '*' ? true : [...origins] },
    serveClient: false,
  });
  const redis = options.redisUrl ? await attachRedis(io, options.redisUrl, log) : undefined;
  const identities: IdentityRegistry = redis
    ? new SharedIdentities(redis.client, io)
    : new Identities();
  const rooms = new RoomList(io, 200, options.roomsIntervalMs);
  serve(io, { ...options, rooms, identities }, log);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    port,
    url: `http://${host}:${port}`,
    io,
    async close() {
      rooms.close();
      identities.close?.();
      await io.close();
      await redis?.close();
    },
  };
}

// --- Internal helpers ---

function serve(
  io: Server,
  options: RelayOptions & { rooms: RoomList; identities: IdentityRegistry },
  log: (line: string) => void,
): void {
  const { identities } = options;
  const context = {
    io,
    history: options.history ?? new RoomHistory(options.store, options.historyLimit),
    rooms: options.rooms,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    now: options.now ?? Date.now,
    log,
  };
  io.use(async (socket, next) => {
    const { id, token } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    if (!isClientId(id) || typeof token !== 'string' || !/^[0-9A-Za-z_-]{16,64}$/.test(token)) {
      return next(
        new Error('ERR_BAD_IDENTITY: auth needs { id: 16 hex digits, token: 16-64 characters }'),
      );
    }
    let claimed: boolean;
    try {
      claimed = await identities.claim(id, {
        token,
        socketId: socket.id,
        disconnect: () => socket.disconnect(true),
      });
    } catch (error) {
      log(`[texchat relay] identity: ${String(error)}`);
      return next(new Error('ERR_UNAVAILABLE: the relay cannot check identities now; retry'));
    }
    if (!claimed) return next(new Error('ERR_ID_TAKEN: another client holds this id'));
    socket.data = { id, name: undefined, room: undefined } satisfies ConnectionRecord;
    next();
  });
  io.on('connection', (socket: Socket) => {
    const connection = new Connection(socket, context);
    socket.on('disconnect', (reason) => {
      connection.disconnected(reason);
      const released = identities.release((socket.data as ConnectionRecord).id, socket.id);
      // A binding Redis could not delete now expires on its own (BINDING_TTL_MS).
      void Promise.resolve(released).catch((error: unknown) =>
        log(`[texchat relay] identity: ${String(error)}`),
      );
    });
  });
}

function originAllowed(req: IncomingMessage, origins: readonly string[] | '*'): boolean {
  const origin = req.headers.origin;
  return origins === '*' || origin === undefined || origins.includes(origin);
}

async function attachRedis(
  io: Server,
  url: string,
  log: (line: string) => void,
): Promise<{ client: RedisClient; close(): Promise<void> }> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    client.on('error', (error: unknown) => log(`[texchat relay] redis: ${String(error)}`));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return {
    // The publishing client also runs the identity scripts: plain commands, no subscription.
    client: pub,
    close: async () => void (await Promise.allSettled([pub.close(), sub.close()])),
  };
}
