// Opens the datastore the relay keeps history in, as TEXCHAT_STORE names it. The backends load
// only when named, so a relay on the memory store needs none of them.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DictDatastore, type Datastore } from '@project-hub/datastore';
import type { StoreSpec } from './config.ts';

/** An open history store, and how to close it when the relay stops. */
export interface OpenedStore {
  store: Datastore;
  /** Closes the store (its connection or file). */
  close(): Promise<void>;
}

/** Opens the store of `spec` (a SQLite file or a directory are created when missing). */
export async function openStore(spec: StoreSpec): Promise<OpenedStore> {
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
