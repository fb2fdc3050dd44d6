// Reading a file a moment after a watcher saw it change: `cp a b` or `cat > b` first truncate the
// file, and a read at that instant sees it empty ("missing frontmatter" for a valid page).
import { stat } from 'node:fs/promises';

export interface SettleOptions {
  /** How long size and modification time must stay the same (ms). */
  quietMs?: number;
  /** Give up waiting after this long (ms) and read what is there. */
  timeoutMs?: number;
}

/** Resolves once `path` has stopped changing for `quietMs` (or is gone, or `timeoutMs` passed). */
export async function waitUntilSettled(
  path: string,
  { quietMs = 60, timeoutMs = 2000 }: SettleOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await signature(path);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await signature(path);
    if (now === last) return;
    last = now;
  }
}

async function signature(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : 'missing';
}
