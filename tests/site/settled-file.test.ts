import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntilSettled } from '../../src/site/settled-file.ts';

describe('waitUntilSettled', () => {
  it('waits out a save that truncates first and writes later (as `cp` does)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'settle-'));
    try {
      const file = join(dir, 'page.md');
      writeFileSync(file, '');
      // The rest of the save lands 40 ms after the truncation the watcher reported.
      setTimeout(() => writeFileSync(file, '---\ntitle: T\n---\nbody\n'), 40);
      await waitUntilSettled(file, { quietMs: 80 });
      expect(await readFile(file, 'utf8')).toBe('---\ntitle: T\n---\nbody\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns for a file that is gone', async () => {
    await expect(waitUntilSettled('/nonexistent/file.md', { quietMs: 5 })).resolves.toBeUndefined();
  });
});
