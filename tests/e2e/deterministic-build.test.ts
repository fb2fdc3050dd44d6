// Two clean builds of the same commit (no caches) write byte-identical output, whatever the
// scheduling of the render threads or the load on the machine (issue 17; shared with the site work).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildContent, changedFiles, snapshotFiles } from './support/content-build.ts';

const work = mkdtempSync(join(tmpdir(), 'hub-deterministic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A build takes seconds alone and minutes on a busy shared machine.
const BUILD_TIMEOUT = 600_000;

describe('clean builds', () => {
  it(
    'are byte-identical',
    () => {
      const outputs = ['a', 'b'].map((name) => {
        const build = {
          contentDir: resolve('content'),
          cacheDir: join(work, `cache-${name}`),
          outDir: join(work, `dist-${name}`),
        };
        const { ok, output } = buildContent(build);
        expect(ok, output).toBe(true);
        return snapshotFiles(build.outDir);
      });
      expect(outputs[0]!.size).toBeGreaterThan(10);
      expect(changedFiles(outputs[0]!, outputs[1]!)).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
