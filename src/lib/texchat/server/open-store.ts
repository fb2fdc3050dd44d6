// Opens the datastore the relay keeps history in, as TEXCHAT_STORE names it. The backends load
// only when named, so a relay on the memory store needs none of them. The Redis store comes with
// the history every process on that Redis shares (SharedRoomHistory).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DictDatastore, type Datastore } from '@project-hub/datastore';
import type { RedisClient as RedisDatastoreClient } from '@project-hub/datastore/redis';
import type { StoreSpec } from './config.ts';
import { DEFAULT_HISTORY_LIMIT, type RelayHistory } from './room-history.ts';

/** An open history store, and how to close it when the relay stops. */
export interface OpenedStore {
  store: Datastore;
  /** The history to hand to `startRelay` when the store is shared by several processes. */
  history?: RelayHistory;
  /** Closes the store (its connection or file). */
  close(): Promise<void>;
}

/** The prefix of every key the relay writes in Redis (records, claims, counters, identities). */
export const REDIS_PREFIX = 'texchat:';

/** Opens the store of `spec` (a SQLite file or a directory are created when missing). */
export async function openStore(
  spec: StoreSpec,
  historyLimit = DEFAULT_HISTORY_LIMIT,
  log: (line: string) => void = (line) => console.error(line),
): Promise<OpenedStore> {
  if (spec.kind === 'redis') {
    const [{ createClient }, { RedisDatastore }, { SharedRoomHistory }] = await Promise.all([
      import('redis'),
      import('@project-hub/datastore/redis'),
      import('./shared-history.ts'),
    ]);
    const client = createClient({ url: spec.url });
    // A lost connection is logged; the client reconnects, and commands meanwhile fail (and are
    // reported to the sender as ERR_UNAVAILABLE, so its outbox keeps the message).
    client.on('error', (error: unknown) => log(`[texchat relay] redis store: ${String(error)}`));
    await client.connect();
    // One connection for records and claims. The cast: the datastore types its client as
    // ReturnType<typeof createClient> (generic bounds), which a concrete client of the same
    // class does not satisfy under exactOptionalPropertyTypes.
    const store = new RedisDatastore(client as unknown as RedisDatastoreClient, {
      prefix: `${REDIS_PREFIX}store:`,
    });
    const history = new SharedRoomHistory(store, client, historyLimit, REDIS_PREFIX);
    return {
      store,
      history,
      close: async () => {
        await store.close();
        await client.close().catch(() => client.destroy());
      },
    };
  }
  if (spec.kind === 'sqlite') {
    const { SqliteDatastore } = await import('@project-hub/datastore/sqlite');
    mkdirSync(dirname(spec.path), { recursive: true });
    const store = new SqliteDatastore(spec.path);
    return { store, close: async () => void (await store.close()) };
  }
  if (spec.kind === 'fs') {
    const { FileSystemDatastore } = await import('@project-hub/datastore/fs');
    const store = new FileSystemDatastore(spec.path);
    return { store, close: async () => void (await store.close()) };
  }
  return { store: new DictDatastore(), close: async () => {} };
}
