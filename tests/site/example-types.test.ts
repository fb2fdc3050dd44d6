// The type service's files, generated at build: TypeScript's lib files for the examples' `lib` and
// the declarations of every package a browser example can import.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEntryPoints, exampleTypeFiles } from '../../src/site/example-types.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'example-types-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('exampleTypeFiles', () => {
  const types = exampleTypeFiles(cacheDir);

  it('covers exactly the packages the runner lets examples import', () => {
    const runner = readFileSync('src/playground/libraries.ts', 'utf8');
    const importable = Array.from(runner.matchAll(/'(@project-hub\/[^']+)'\s*:/g), (m) => m[1]);
    expect(
      browserEntryPoints()
        .map((entry) => entry.specifier)
        .sort(),
    ).toEqual(importable.sort());
    expect(Object.keys(types.paths).sort()).toEqual(importable.sort());
  });

  it('has a declaration file for each package, and no TypeScript source', () => {
    for (const file of Object.values(types.paths)) expect(types.files[file]).toContain('export');
    const names = Object.keys(types.files);
    expect(names.filter((name) => !name.endsWith('.d.ts'))).toEqual([]);
    expect(types.files['/types/datastore/index.d.ts']).toContain('DictDatastore');
  });

  it("has the examples' lib files and what they reference, but not the DOM", () => {
    const libs = Object.keys(types.files).filter((name) => name.startsWith('/lib.'));
    expect(libs).toEqual(
      expect.arrayContaining(['/lib.es2022.d.ts', '/lib.es5.d.ts', '/lib.webworker.d.ts']),
    );
    expect(libs).not.toContain('/lib.dom.d.ts');
  });

  it('is kept in the cache folder and read back from it', () => {
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(exampleTypeFiles(cacheDir)).toEqual(types);
  });
});
