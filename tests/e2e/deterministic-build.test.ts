// Issue 14: two clean builds of the same commit produce byte-identical HTML (the first example on
// /datastore/ once lost its light-theme colours in some builds; see tests/markdown/highlight-determinism).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../../scripts/_built-site.ts';
import { htmlFilesIn } from '../../scripts/_dist-files.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a clean build', () => {
  it('writes the same HTML, byte for byte, every time', () => {
    for (let i = 0; i < 2; i++) {
      dirs.push(mkdtempSync(resolve('.tmp/deterministic-')));
      buildSite(dirs[i]!, '/hub/', { clean: true });
    }
    const [first, second] = dirs as [string, string];
    const files = htmlFilesIn(first);
    expect(htmlFilesIn(second)).toEqual(files);
    expect(files.length).toBeGreaterThan(5);
    const differing = files.filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing).toEqual([]);
  }, 240_000);
});
