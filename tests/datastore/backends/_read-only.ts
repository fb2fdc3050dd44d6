// Test helper: a directory writes fail in, even as root (a read-only tmpfs), undone on dispose.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';

/** Makes `path` a read-only directory; `await using` undoes it and removes the directory. */
export function readOnlyDirectory(path: string): { path: string } & AsyncDisposable {
  mkdirSync(path, { recursive: true });
  // Root ignores permission bits, so as root the directory becomes a read-only mount instead.
  const root = process.getuid?.() === 0;
  if (root) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', path], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(
        `[test] cannot mount a read-only tmpfs at ${path} as root (needs CAP_SYS_ADMIN): ${String(error)}`,
      );
    }
  } else chmodSync(path, 0o555);
  return {
    path,
    [Symbol.asyncDispose]: async () => {
      if (root) execFileSync('umount', [path]);
      else chmodSync(path, 0o755);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
