// Which connection holds which client id across every relay process on one Redis. The binding is
// one Redis key per id, "<token hash> <socket id>", changed only by the Lua scripts below (each
// runs atomically in Redis): a claim with another secret is refused on any process, a claim with
// the same secret takes the id over (the stale socket, wherever it is, is disconnected), and the
// key is deleted when its connection leaves. A process that dies cannot delete its keys, so they
// expire after BINDING_TTL_MS unless the living process holding them renews them.
import { createHash } from 'node:crypto';
import type { RedisClientType as RedisClient } from 'redis';
import type { Server } from 'socket.io';
import type { Holder, IdentityRegistry } from './identities.ts';

/** How long a binding outlives a process that died holding it, in ms. */
export const BINDING_TTL_MS = 30_000;

// KEYS[1] the binding; ARGV: token hash, socket id, ttl. Refused: 0; taken: the previous value or ''.
const CLAIM = `
local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, string.len(ARGV[1]) + 1) ~= ARGV[1] .. ' ' then return 0 end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. ARGV[2], 'PX', ARGV[3])
return current or ''
`;
// KEYS[1] the binding; ARGV[1] the value this process set. Deletes it only if it is still ours.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
// KEYS[1] the binding; ARGV: the value this process set, ttl. Renews it only if it is still ours.
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/** Client ids bound in Redis, shared by every relay process that uses the same Redis. */
export class SharedIdentities implements IdentityRegistry {
  /** The bindings this process set: id → value, renewed while their connection lives. */
  readonly #mine = new Map<string, string>();
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(
    /** A connected client of the Redis the processes share. */
    readonly client: RedisClient,
    /** This process's socket.io server (with the Redis adapter), to drop a stale socket anywhere. */
    readonly io: Server,
    /** How long a binding lives without renewal, in ms. */
    readonly ttlMs = BINDING_TTL_MS,
    /** The start of every binding's Redis key. */
    readonly prefix = 'texchat:id:',
  ) {
    this.#timer = setInterval(() => void this.#renew(), Math.max(1000, ttlMs / 3));
    this.#timer.unref();
  }

  /**
   * Binds `id` to `holder`'s socket on every process; false when another secret holds it. The
   * same secret takes the id over, and the socket that held it is disconnected wherever it is.
   */
  async claim(id: string, holder: Holder): Promise<boolean> {
    const hash = createHash('sha256').update(holder.token).digest('hex');
    const previous = await this.client.eval(CLAIM, {
      keys: [this.prefix + id],
      arguments: [hash, holder.socketId, String(this.ttlMs)],
    });
    if (previous === 0) return false;
    this.#mine.set(id, `${hash} ${holder.socketId}`);
    const stale = typeof previous === 'string' ? previous.split(' ')[1] : undefined;
    // A reconnect with the same secret: the old socket goes, on whichever process it is.
    if (stale && stale !== holder.socketId) this.io.in(stale).disconnectSockets(true);
    return true;
  }

  /** Deletes the binding of `id` when `socketId` still holds it (not after a takeover). */
  async release(id: string, socketId: string): Promise<void> {
    const value = this.#mine.get(id);
    if (value === undefined || !value.endsWith(` ${socketId}`)) return;
    this.#mine.delete(id);
    await this.client.eval(RELEASE, { keys: [this.prefix + id], arguments: [value] });
  }

  /** Stops renewing; the bindings of still-open sockets are released by their disconnects. */
  close(): void {
    clearInterval(this.#timer);
  }

  /** How many bindings this process holds. */
  get size(): number {
    return this.#mine.size;
  }

  // --- Internal helpers ---

  async #renew(): Promise<void> {
    for (const [id, value] of this.#mine) {
      await this.client
        .eval(RENEW, { keys: [this.prefix + id], arguments: [value, String(this.ttlMs)] })
        .catch(() => undefined);
    }
  }
}
