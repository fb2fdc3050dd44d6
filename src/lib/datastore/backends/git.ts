// GitDatastore: the file layout inside a git work tree, one commit per change, through isomorphic-git.

import { InvalidArgTypeError } from '../errors.ts';
import git from 'isomorphic-git';
import type { Cursor } from '../cursor.ts';
import { Key, type KeyLike } from '../key.ts';
import type { Query } from '../query.ts';
import type { Serializer } from '../serializers.ts';
import { BackendDatastore, TextCodec } from './_backend.ts';
import type { Capabilities } from './_capabilities.ts';
import { FileLayout, type LayoutFs } from './_file-layout.ts';
import { OnceUntilFailure } from './_once-until-failure.ts';
import { paging } from './_paging.ts';

export { createMemoryFs, MemoryFsPromises, type MemoryFs, type MemoryStats } from './memory-fs.ts';
export type { Capabilities } from './_capabilities.ts';

/** A file system client with a promise API: `node:fs` in Node, `createMemoryFs()` in a browser. */
export interface GitFs {
  promises: LayoutFs & {
    /** The stats of `path`, following symbolic links. */
    stat(path: string): Promise<unknown>;
    /** The stats of `path` itself. */
    lstat(path: string): Promise<unknown>;
  };
}

/** The author of the store's commits. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** Options of `new GitDatastore(dir, options)`. */
export interface GitDatastoreOptions {
  /** The file system the repository lives on (Node's `fs` module, or createMemoryFs()). */
  fs: GitFs;
  /** Who commits; default `datastore <datastore@localhost>`. */
  author?: GitAuthor;
  /** How values become file contents; default JSON. */
  serializer?: Serializer<unknown, string>;
}

/** One commit that changed a key, as `history(key)` lists it. */
export interface GitHistoryEntry<V> {
  /** The commit id (40 hex digits). */
  commit: string;
  /** When it was committed. */
  time: Date;
  /** `put <key>` or `delete <key>`. */
  message: string;
  /** The value at that commit; undefined when the commit deleted the key. */
  value: V | undefined;
}

/**
 * A store in a git repository: the filesystem store's layout in the work tree, and one commit per
 * `put` and per `delete` of an existing key. `history(key)` and `get(key, { at })` read the past.
 * Pure JavaScript (no `git` binary), so it runs in Node and, over createMemoryFs(), in a browser.
 * @example const ds = new GitDatastore('/repo', { fs: createMemoryFs() }); await ds.put('/a', 1);
 */
export class GitDatastore<V = unknown> extends BackendDatastore<V> {
  protected override readonly storeName = 'git';
  readonly capabilities: Capabilities = GIT_CAPABILITIES;
  /** The work tree's directory. */
  readonly dir: string;
  readonly #fs: GitFs;
  readonly #author: GitAuthor;
  readonly #layout: FileLayout;
  readonly #codec: TextCodec;
  readonly #cache = {};
  readonly #ready = new OnceUntilFailure(async () => {
    await this.#fs.promises.mkdir(this.dir, { recursive: true });
    await git.init({ fs: this.#fs, dir: this.dir, defaultBranch: 'main' });
  });
  // git's index is one file: changes are made one at a time.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, options: GitDatastoreOptions) {
    super();
    if (typeof options?.fs?.promises?.readFile !== 'function') {
      throw new InvalidArgTypeError(
        '[datastore] [git] pass { fs }: node:fs in Node, or createMemoryFs() in a browser',
      );
    }
    this.dir = dir;
    this.#fs = options.fs;
    this.#author = options.author ?? { name: 'datastore', email: 'datastore@localhost' };
    this.#layout = new FileLayout(options.fs.promises, dir, 'git');
    this.#codec = new TextCodec('git', options.serializer);
  }

  /**
   * The value at `key`, now or, with `{ at: commitId }`, as it was at that commit.
   * @example await ds.get('/a', { at: (await ds.history('/a'))[1].commit }) // the previous value
   */
  override get(key: KeyLike, options?: { at?: string }): Promise<V | undefined> {
    if (options?.at === undefined) return super.get(key);
    const at = options.at;
    return this.run('get', String(key), async () => this.#readAt(Key.from(key), at));
  }

  /** The commits that changed `key`, newest first, each with the value it left. */
  history(key: KeyLike): Promise<GitHistoryEntry<V>[]> {
    const k = Key.from(key);
    return this.run('history', k, () => this.#serial(() => this.#history(k)));
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
      const data = this.#codec.dumps(key, value);
      await this.#serial(async () => {
        await this.#layout.write(key, data);
        await git.add({ ...this.#repo(), filepath: this.#layout.pathOf(key).relative });
        await this.#commit(`put ${key}`);
      });
    });
  }

  protected _delete(key: Key): Promise<void> {
    return this.run('delete', key, () =>
      this.#serial(async () => {
        if (!(await this.#layout.remove(key))) return; // nothing to delete: no commit
        await git.remove({ ...this.#repo(), filepath: this.#layout.pathOf(key).relative });
        await this.#commit(`delete ${key}`);
      }),
    );
  }

  protected async _queryOpen(query: Query): Promise<Cursor<V>> {
    await this.#open();
    const decode = (key: Key, text: string) => this.#codec.loads(key, text) as V;
    return query.applyEntries(this.#layout.entries(query.key, paging(query), decode));
  }

  protected async _close(): Promise<void> {
    await this.#queue.catch(() => {}); // let the last commit finish
  }

  async #history(key: Key): Promise<GitHistoryEntry<V>[]> {
    const filepath = this.#layout.pathOf(key).relative;
    let commits: Awaited<ReturnType<typeof git.log>>;
    try {
      commits = await git.log({ ...this.#repo(), ref: 'HEAD' });
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return []; // no commit yet
      throw error;
    }
    const out: GitHistoryEntry<V>[] = [];
    // Walk oldest to newest, keeping the commits whose blob for the file differs from the last.
    let previous: string | undefined;
    for (const { oid, commit } of commits.reverse()) {
      const blob = await this.#blobId(oid, filepath);
      if (blob === previous) continue;
      previous = blob;
      const value = blob === undefined ? undefined : await this.#readAt(key, oid);
      out.push({
        commit: oid,
        time: new Date(commit.committer.timestamp * 1000),
        message: commit.message.trim(),
        value,
      });
    }
    return out.reverse();
  }

  async #blobId(commit: string, filepath: string): Promise<string | undefined> {
    try {
      return (await git.readBlob({ ...this.#repo(), oid: commit, filepath })).oid;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return undefined;
      throw error;
    }
  }

  async #readAt(key: Key, commit: string): Promise<V | undefined> {
    await this.#open();
    try {
      const { blob } = await git.readBlob({
        ...this.#repo(),
        oid: commit,
        filepath: this.#layout.pathOf(key).relative,
      });
      return this.#codec.loads(key, new TextDecoder().decode(blob)) as V;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return undefined;
      throw error;
    }
  }

  async #commit(message: string): Promise<void> {
    await git.commit({ ...this.#repo(), message, author: this.#author });
  }

  #serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(() => this.#open()).then(step);
    this.#queue = next.catch(() => {});
    return next;
  }

  #repo() {
    return { fs: this.#fs, dir: this.dir, cache: this.#cache };
  }

  #open(): Promise<void> {
    return this.#ready.run();
  }
}

/** What GitDatastore can do. */
export const GIT_CAPABILITIES: Capabilities = {
  query: true,
  keyOrder: true,
  pushdown: { offsetKey: true, limit: true },
  ttl: false,
  atomicity: 'each put writes a temporary file, renames it, and commits',
};
