// MemoryFs: a small in-memory file system with the promise API isomorphic-git and the file layout use.

/** A file or directory node. */
type Node =
  | { type: 'file'; data: Uint8Array; mtimeMs: number; ino: number }
  | { type: 'dir'; mtimeMs: number; ino: number };

/** What `stat` returns: the fields isomorphic-git reads. */
export interface MemoryStats {
  type: 'file' | 'dir';
  mode: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  uid: number;
  gid: number;
  dev: number;
  /** True for a file. */
  isFile(): boolean;
  /** True for a directory. */
  isDirectory(): boolean;
  /** Always false: this file system has no symbolic links. */
  isSymbolicLink(): boolean;
}

/** A `{ promises }` file system client held in memory; enough for GitDatastore in a browser. */
export interface MemoryFs {
  promises: MemoryFsPromises;
}

/**
 * An in-memory file system (absolute POSIX paths) for GitDatastore where there is no disk:
 * the browser, or tests. Errors carry Node's codes (`ENOENT`, `EEXIST`, `ENOTEMPTY`, …).
 * @example const fs = createMemoryFs(); await fs.promises.writeFile('/a', 'x'); // '/a' holds 'x'
 */
export function createMemoryFs(): MemoryFs {
  return { promises: new MemoryFsPromises() };
}

/** The promise API of a MemoryFs. */
export class MemoryFsPromises {
  readonly #nodes = new Map<string, Node>([['/', { type: 'dir', mtimeMs: Date.now(), ino: 1 }]]);
  #ino = 1;

  /** The content of the file `path`: text when an encoding is given, bytes otherwise. ENOENT when missing. */
  async readFile(
    path: string,
    options?: string | { encoding?: string | null },
  ): Promise<string | Uint8Array> {
    const node = this.#get(path, 'open');
    if (node.type !== 'file') throw fsError('EISDIR', 'read', path);
    const encoding = typeof options === 'string' ? options : options?.encoding;
    return encoding ? new TextDecoder().decode(node.data) : node.data.slice();
  }

  /** Writes `data` to the file `path`; its directory must exist (ENOENT otherwise). */
  async writeFile(path: string, data: string | Uint8Array, _options?: unknown): Promise<void> {
    this.#parentDir(path, 'open');
    const existing = this.#nodes.get(normal(path));
    if (existing?.type === 'dir') throw fsError('EISDIR', 'open', path);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
    this.#nodes.set(normal(path), {
      type: 'file',
      data: bytes,
      mtimeMs: Date.now(),
      ino: existing?.ino ?? ++this.#ino,
    });
  }

  /** Removes the file `path`; EISDIR for a directory. */
  async unlink(path: string): Promise<void> {
    if (this.#get(path, 'unlink').type === 'dir') throw fsError('EISDIR', 'unlink', path);
    this.#nodes.delete(normal(path));
  }

  /** Moves the file `from` to `to`, replacing a file there. */
  async rename(from: string, to: string): Promise<void> {
    const node = this.#get(from, 'rename');
    if (node.type === 'dir') throw fsError('EISDIR', 'rename', from);
    this.#parentDir(to, 'rename');
    this.#nodes.delete(normal(from));
    this.#nodes.set(normal(to), node);
  }

  /** The names in the directory `path`, sorted. */
  async readdir(path: string): Promise<string[]> {
    if (this.#get(path, 'scandir').type !== 'dir') throw fsError('ENOTDIR', 'scandir', path);
    const prefix = normal(path) === '/' ? '/' : `${normal(path)}/`;
    const names: string[] = [];
    for (const p of this.#nodes.keys()) {
      if (p !== prefix && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        names.push(p.slice(prefix.length));
    }
    return names.sort();
  }

  /** Creates the directory `path` (with its parents when `recursive`); EEXIST when it exists. */
  async mkdir(path: string, options?: { recursive?: boolean } | number): Promise<void> {
    const p = normal(path);
    const existing = this.#nodes.get(p);
    const recursive = typeof options === 'object' && options.recursive === true;
    if (existing) {
      if (recursive && existing.type === 'dir') return;
      throw fsError('EEXIST', 'mkdir', path);
    }
    if (recursive && !this.#nodes.has(parentOf(p))) await this.mkdir(parentOf(p), { recursive });
    this.#parentDir(p, 'mkdir');
    this.#nodes.set(p, { type: 'dir', mtimeMs: Date.now(), ino: ++this.#ino });
  }

  /** Removes the empty directory `path`; ENOTEMPTY otherwise. */
  async rmdir(path: string): Promise<void> {
    if (this.#get(path, 'rmdir').type !== 'dir') throw fsError('ENOTDIR', 'rmdir', path);
    if ((await this.readdir(path)).length > 0) throw fsError('ENOTEMPTY', 'rmdir', path);
    this.#nodes.delete(normal(path));
  }

  /** The stats of `path`. */
  async stat(path: string): Promise<MemoryStats> {
    return stats(this.#get(path, 'stat'));
  }

  /** The stats of `path` (the same as `stat`: there are no links). */
  async lstat(path: string): Promise<MemoryStats> {
    return stats(this.#get(path, 'lstat'));
  }

  /** Always EINVAL: this file system has no symbolic links. */
  async readlink(path: string): Promise<never> {
    throw fsError('EINVAL', 'readlink', path); // no symbolic links here
  }

  /** Always EPERM: this file system has no symbolic links. */
  async symlink(_target: string, path: string): Promise<never> {
    throw fsError('EPERM', 'symlink', path);
  }

  /** Checks that `path` exists; modes are not kept. */
  async chmod(path: string): Promise<void> {
    this.#get(path, 'chmod');
  }

  #get(path: string, op: string): Node {
    const node = this.#nodes.get(normal(path));
    if (!node)
      throw fsError(
        this.#nodes.get(parentOf(normal(path)))?.type === 'file' ? 'ENOTDIR' : 'ENOENT',
        op,
        path,
      );
    return node;
  }

  #parentDir(path: string, op: string): void {
    const parent = this.#nodes.get(parentOf(normal(path)));
    if (!parent) throw fsError('ENOENT', op, path);
    if (parent.type !== 'dir') throw fsError('ENOTDIR', op, path);
  }
}

// --- Internal helpers ---

function normal(path: string): string {
  const parts = path.split('/').filter((s) => s !== '' && s !== '.');
  return `/${parts.join('/')}`;
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function stats(node: Node): MemoryStats {
  const file = node.type === 'file';
  return {
    type: node.type,
    mode: file ? 0o100644 : 0o40755,
    size: file ? node.data.byteLength : 0,
    ino: node.ino,
    mtimeMs: node.mtimeMs,
    ctimeMs: node.mtimeMs,
    uid: 1,
    gid: 1,
    dev: 1,
    isFile: () => file,
    isDirectory: () => !file,
    isSymbolicLink: () => false,
  };
}

function fsError(code: string, op: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${op} '${path}'`), { code, path });
}
