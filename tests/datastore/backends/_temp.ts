// Test helper: one temporary directory per test file, removed when the file's tests end.

import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A fresh temporary directory for this test file; call the returned function inside tests. */
export function temporaryDirectory(name: string): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `datastore-${name}-`));
  });
  // Git repositories hold many small files: removing them may take a while on a busy machine.
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);
  return () => {
    if (!dir) throw new Error('temporaryDirectory is only available inside tests');
    return dir;
  };
}
