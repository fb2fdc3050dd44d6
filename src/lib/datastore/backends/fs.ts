// FileSystemDatastore: one file per value under a root directory, through node:fs/promises; Node only.

import { InvalidArgTypeError } from '../errors.ts';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { Cursor } from '../cursor.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import type { Serializer } from '../serializers.ts';
import { BackendDatastore, TextCodec } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
import { FileLayout, isCode } from './_file-layout.ts';
import { OnceUntilFailure } from './_once-until-failure.ts';
import { paging } from './_paging.ts';

export type { Capabilities } from './_capabilities.ts';

/** Options of `new FileSystemDatastore(root, options)`. */
export interface FileSystemDatastoreOptions {
  /** How values become file contents; default JSON. */
  serializer?: Serializer<unknown, string>;
}

/**
 * A store of one file per value under `root` (created when missing): `/a/b` is `root/a/b.obj`.
 * Writes go to a temporary file that is renamed over the target, so a reader never sees a torn
 * value, also with several stores (or processes) on one root.
 * @example const ds = new FileSystemDatastore('/tmp/ds'); await ds.put('/a/b', 1); // /tmp/ds/a/b.obj
 */
export class FileSystemDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'fs';
  readonly capabilities: Capabilities = FS_CAPABILITIES;
  /** The root directory. */
  readonly root: string;
  readonly #layout: FileLayout;
  readonly #codec: TextCodec;
  // Creates the root and learns once whether the file system ignores case.
  readonly #ready = new OnceUntilFailure(() =>
    openRoot(this.root).then((insensitive) => {
      this.#layout.caseInsensitive = insensitive;
    }),
  );

  constructor(root: string, options: FileSystemDatastoreOptions = {}) {
    super();
    if (typeof root !== 'string' || root === '') {
      throw new InvalidArgTypeError(
        '[datastore] [fs] FileSystemDatastore needs a root directory path',
      );
    }
    this.root = root;
    this.#layout = new FileLayout(fs, root, 'fs');
    this.#codec = new TextCodec('fs', options.serializer);
  }

  /** The file that holds `key`'s value (whether or not it exists). */
  async pathOf(key: Key): Promise<string> {
    await this.#open();
    return this.#layout.pathOf(key).path;
  }

  protected _get(key: Key): Promise<V | undefined> {
    return this.run('get', key, async () => {
      await this.#open();
      const stored = await this.#layout.read(key);
      return stored === undefined ? undefined : (this.#codec.loads(key, stored) as V);
    });
  }

  protected _put(key: Key, value: V): Promise<void> {
    return this.run('put', key, async () => {
      const data = this.#codec.dumps(key, value); // before any file is touched
      await this.#open();
      await this.#layout.write(key, data);
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.run('delete', key, async () => {
      await this.#open();
      await this.#layout.remove(key);
    });
  }

  protected async _queryOpen(query: Query): Promise<Cursor<V>> {
    await this.#open();
    const decode = (key: Key, text: string) => this.#codec.loads(key, text) as V;
    return query.applyEntries(this.#layout.entries(query.key, paging(query), decode));
  }

  protected _close(): void {
    // Every call opens and closes its own file handles: nothing stays open between calls.
  }

  #open(): Promise<void> {
    return this.#ready.run();
  }
}

/** What FileSystemDatastore can do. */
export const FS_CAPABILITIES: Capabilities = {
  query: true,
  keyOrder: true,
  pushdown: { offsetKey: true, limit: true },
  ttl: false,
  atomicity: 'each put writes a temporary file and renames it over the value',
};

// --- Internal helpers ---

/** Creates `root` and returns whether names differing only in case are the same file there. */
async function openRoot(root: string): Promise<boolean> {
  try {
    await fs.mkdir(root, { recursive: true });
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw rootError(root, error);
  }
  const name = `.case-probe-${Math.random().toString(36).slice(2)}`;
  const probe = join(root, name);
  try {
    await fs.writeFile(probe, '');
  } catch {
    // A read-only root cannot be probed: assume the platform's default file system.
    return process.platform === 'darwin' || process.platform === 'win32';
  }
  try {
    await fs.access(join(root, name.toUpperCase()));
    return true;
  } catch {
    return false;
  } finally {
    await fs.unlink(probe).catch(() => {});
  }
}

function rootError(root: string, cause: unknown): Error {
  const code = (cause as { code?: string }).code ?? String(cause);
  return new Error(`cannot create the root directory ${root}: ${code}`, { cause });
}
