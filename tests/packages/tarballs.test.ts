// The packages as a reader gets them: packed, linted, installed into a fresh nodenext project,
// type-checked, run under this Node, and bundled for the browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helloWorld, moduleSource } from './_hello-worlds.ts';
import { createConsumer, packAll, PACKAGES, ROOT, run, type PackageName } from './_tarballs.ts';

const work = mkdtempSync(join(tmpdir(), 'hub-packages-'));
const project = join(work, 'reader');
let tarballs: Record<PackageName, string>;

beforeAll(() => {
  tarballs = packAll(join(work, 'tarballs'));
  createConsumer(project, tarballs);
  for (const name of PACKAGES)
    writeFileSync(join(project, `hello-${name}.ts`), moduleSource(helloWorld(name)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bin = (pkg: string, file: string) => join(ROOT, 'node_modules', pkg, file);

describe('the packed tarballs', () => {
  for (const name of PACKAGES) {
    it(`@project-hub/${name} passes publint`, () => {
      const report = run(
        'node',
        [bin('publint', 'src/cli.js'), 'run', tarballs[name], '--strict'],
        ROOT,
      );
      // --strict turns warnings into a failing exit (run throws); suggestions may remain.
      expect(report).not.toMatch(/^(Errors|Warnings):/m);
    });

    it(`@project-hub/${name} passes Are the Types Wrong (ESM only)`, () => {
      // Exits non-zero on any problem under node16 (ESM) and bundler resolution.
      run(
        'node',
        [bin('@arethetypeswrong/cli', 'dist/index.js'), tarballs[name], '--profile', 'esm-only'],
        ROOT,
      );
    });

    it(`@project-hub/${name} passes npm publish --dry-run`, () => {
      const report = run('npm', ['publish', tarballs[name], '--dry-run', '--json'], work);
      const published = JSON.parse(report.slice(report.indexOf('{'))) as Record<string, unknown>;
      const { version } = JSON.parse(
        readFileSync(join(ROOT, 'src/lib', name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(published).toHaveProperty([`@project-hub/${name}`, 'version'], version);
    });
  }
});

describe('a fresh "type": "module" project with moduleResolution nodenext', () => {
  it("type-checks every Hello World against the packages' .d.ts files", () => {
    run('node', [bin('typescript', 'bin/tsc'), '-p', project], project);
  });

  for (const name of PACKAGES) {
    it(`runs the ${name} Hello World under Node ${process.versions.node} and prints what the docs show`, () => {
      expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
      const output = run(process.execPath, [join(project, 'out', `hello-${name}.js`)], project);
      expect(output.trimEnd()).toBe(helloWorld(name).expected);
    });
  }
});

describe('a browser bundle of the datastore Hello World (Vite, as the site builds)', () => {
  let bundle: Rolldown.OutputChunk[];
  beforeAll(async () => {
    const output = (await build({
      root: project,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        lib: { entry: join(project, 'out/hello-datastore.js'), formats: ['es'], fileName: 'hello' },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    bundle = [output]
      .flat()
      .flatMap((o) => o.output)
      .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  });

  it('imports nothing: the package is bundled in', () => {
    expect(bundle.flatMap((chunk) => chunk.imports)).toEqual([]);
    // The library's own messages are in it (names are minified away).
    expect(bundle.map((chunk) => chunk.code).join('\n')).toContain('[datastore] Key expects');
  });

  it('contains no Node built-in', () => {
    const code = bundle.map((chunk) => chunk.code).join('\n');
    const builtins = builtinModules.filter((name) =>
      new RegExp(`["'](node:)?${name.replace('/', '\\/')}["']`).test(code),
    );
    expect(builtins).toEqual([]);
    expect(code).not.toMatch(/["']node:/);
  });
});
