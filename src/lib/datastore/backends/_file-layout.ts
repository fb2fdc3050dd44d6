// Internal: one file per value under a root, written atomically; shared by the filesystem and git stores.

import type { Entry } from '../cursor.ts';
import { BackendError } from '../errors.ts';
import { Key, inCollection } from '../key.ts';
import { collectionDirs, keyOfFile, keyPath } from './_key-path.ts';
import type { Paging } from './_paging.ts';

/** The part of `node:fs/promises` the layout uses; isomorphic-git's fs clients have it too. */
export interface LayoutFs {
  readFile(path: string, options: { encoding: 'utf8' }): Promise<string | Uint8Array>;
  writeFile(path: string, data: string, options: { encoding: 'utf8' }): Promise<unknown>;
  rename(from: string, to: string): Promise<unknown>;
  unlink(path: string): Promise<unknown>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  rmdir(path: string): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/** How many value files a query reads at once. */
const READ_CONCURRENCY = 16;
/** How often a write retries when another store pruned its directory in between. */
const WRITE_ATTEMPTS = 8;

/** Reads and writes value files under `root`; every error names the path it concerns. */
export class FileLayout {
  readonly #fs: LayoutFs;
  readonly #root: string;
  readonly #backend: string;
  /** Set once the store knows whether the file system ignores case. */
  caseInsensitive = false;

  constructor(fs: LayoutFs, root: string, backend: string) {
    this.#fs = fs;
    this.#root = root.replace(/\/+$/, '') || '/';
    this.#backend = backend;
  }

  /** The file of `key`, as a path (root included) and relative to the root. */
  pathOf(key: Key): { dirs: string[]; file: string; path: string; relative: string } {
    const { dirs, file } = keyPath(key, this.caseInsensitive, this.#backend);
    const relative = [...dirs, file].join('/');
    return { dirs, file, relative, path: this.#join(relative) };
  }

  /** The stored text of `key`, or undefined. */
  async read(key: Key): Promise<string | undefined> {
    const { path } = this.pathOf(key);
    try {
      return text(await this.#fs.readFile(path, { encoding: 'utf8' }));
    } catch (error) {
      if (isCode(error, 'ENOENT', 'ENOTDIR')) return undefined;
      throw this.#error('read', path, key, error);
    }
  }

  /** Writes `data` to a temporary file beside the target, then renames it over: never torn. */
  async write(key: Key, data: string): Promise<void> {
    const { dirs, file, path } = this.pathOf(key);
    const dir = this.#join(dirs.join('/'));
    const temporary = `${dir}/.${file}.${randomSuffix()}.tmp`;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#fs.writeFile(temporary, data, { encoding: 'utf8' });
        break;
      } catch (error) {
        // Missing directory: first write there, or another store pruned it a moment ago.
        if (!isCode(error, 'ENOENT') || attempt === WRITE_ATTEMPTS) {
          throw this.#error('write', temporary, key, error);
        }
        await this.#mkdir(dir, key);
      }
    }
    try {
      await this.#fs.rename(temporary, path);
    } catch (error) {
      await this.#fs.unlink(temporary).catch(() => {});
      throw this.#error('rename into', path, key, error);
    }
  }

  /** Removes the file of `key`, then the directories it leaves empty, up to the root. */
  async remove(key: Key): Promise<boolean> {
    const { dirs, path } = this.pathOf(key);
    try {
      await this.#fs.unlink(path);
    } catch (error) {
      if (isCode(error, 'ENOENT', 'ENOTDIR')) return false;
      throw this.#error('delete', path, key, error);
    }
    for (let depth = dirs.length; depth > 0; depth--) {
      try {
        await this.#fs.rmdir(this.#join(dirs.slice(0, depth).join('/')));
      } catch (error) {
        if (!isCode(error, 'ENOENT')) break; // not empty (or in use): the parents are not either
      }
    }
    return true;
  }

  /** The key strings of `collection`, in key order, after `paging.after`. */
  async keys(collection: Key, after: string | undefined): Promise<string[]> {
    const dirs = collectionDirs(collection, this.caseInsensitive);
    // Typed members (`/c:t` of collection `/c`) live beside the collection's directory.
    const listed = [await this.#list(dirs)];
    if (dirs.length > 0) listed.push(await this.#list(dirs.slice(0, -1)));
    const wanted = collection.toString();
    const keys = new Set<string>();
    for (const [parent, names] of listed) {
      for (const name of names) {
        const key = keyOfFile(parent, name);
        if (key !== undefined && inCollection(key, wanted) && (after === undefined || key > after))
          keys.add(key);
      }
    }
    return [...keys].sort();
  }

  /** Entries of `collection` in key order, read lazily with bounded concurrency. */
  async *entries<V>(
    collection: Key,
    paging: Paging,
    decode: (key: Key, text: string) => V,
  ): AsyncGenerator<Entry<V>> {
    let keys = await this.keys(collection, paging.after);
    if (paging.take !== undefined) keys = keys.slice(0, paging.take);
    for (let i = 0; i < keys.length; i += READ_CONCURRENCY) {
      const batch = keys.slice(i, i + READ_CONCURRENCY).map((k) => new Key(k));
      const texts = await Promise.all(batch.map((k) => this.read(k)));
      for (const [j, key] of batch.entries()) {
        const stored = texts[j];
        // A file deleted between listing and reading is simply no longer there.
        if (stored !== undefined) yield { key, value: decode(key, stored) };
      }
    }
  }

  async #list(dirs: string[]): Promise<[string[], string[]]> {
    const path = this.#join(dirs.join('/'));
    try {
      return [dirs, await this.#fs.readdir(path)];
    } catch (error) {
      if (isCode(error, 'ENOENT', 'ENOTDIR')) return [dirs, []];
      throw this.#error('list', path, undefined, error);
    }
  }

  async #mkdir(dir: string, key: Key): Promise<void> {
    try {
      await this.#fs.mkdir(dir, { recursive: true });
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw this.#error('create directory', dir, key, error);
    }
  }

  #join(relative: string): string {
    if (relative === '') return this.#root;
    return this.#root === '/' ? `/${relative}` : `${this.#root}/${relative}`;
  }

  #error(what: string, path: string, key: Key | undefined, cause: unknown): BackendError {
    const code = (cause as { code?: unknown })?.code;
    const reason = typeof code === 'string' ? code : String((cause as Error)?.message ?? cause);
    return new BackendError(`cannot ${what} ${path}: ${reason}`, {
      backend: this.#backend,
      key: key?.toString(),
      cause,
    });
  }
}

/** True when `error` is a file system error with one of `codes`. */
export function isCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.includes(code);
}

// --- Internal helpers ---

function text(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
