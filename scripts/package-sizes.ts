// `npm run sizes`: what the packages weigh for a reader. Builds them, then reports gzipped bytes of
// each `npm pack` tarball and of minified browser bundles (Vite, as the site builds) of the
// datastore Hello World (DictDatastore and Key), of it with each further store, and of each
// whole package. Figures go to stdout and reports/package-sizes.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const STORES = [
  'LRUCache',
  'TieredDatastore',
  'ShardedDatastore',
  'NamespaceDatastore',
  'SymlinkDatastore',
  'SerializerShimDatastore',
  'CacheShimDatastore',
  'LoggingDatastore',
  'KeyTransformDatastore',
  'LowercaseKeyDatastore',
  'NestedPathDatastore',
  'DirectoryDatastore',
  'DirectoryTreeDatastore',
  'InterfaceMappingDatastore',
  'NullDatastore',
];
const PACKAGES = ['datastore', 'dronestore', 'texchat'];

/** Gzipped bytes of a minified ES bundle of `source` (a module importing the packages' dist/). */
async function bundleSize(source: string, dir: string): Promise<number> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const output = (await build({
    root: process.cwd(),
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'b' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const code = [output]
    .flat()
    .flatMap((o) => o.output)
    .map((item) => (item.type === 'chunk' ? item.code : ''))
    .join('');
  return gzipSync(code, { level: 9 }).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

execFileSync('npm', ['run', 'build:packages'], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'package-sizes-'));
// The bundles' entry modules sit inside the repository, where node_modules resolves the packages.
const entries = join(process.cwd(), '.tmp/package-sizes');
mkdirSync(entries, { recursive: true });
const rows: string[] = ['| what | gzipped |', '|---|---|'];
try {
  const packed = JSON.parse(
    execFileSync(
      'npm',
      [
        'pack',
        ...PACKAGES.flatMap((n) => ['-w', `@project-hub/${n}`]),
        '--pack-destination',
        work,
        '--json',
        '--ignore-scripts',
      ],
      { encoding: 'utf8' },
    ),
  ) as { name: string; filename: string }[];
  for (const { name, filename } of packed)
    rows.push(`| \`npm pack\` ${name} (tarball) | ${kb(statSync(join(work, filename)).size)} |`);
  const hello =
    "import { DictDatastore, Key } from '@project-hub/datastore';\nconsole.log(DictDatastore, Key);\n";
  const core = await bundleSize(hello, entries);
  rows.push(`| datastore Hello World bundle (DictDatastore, Key) | ${kb(core)} |`);
  for (const store of STORES) {
    const size = await bundleSize(
      `import { DictDatastore, Key, ${store} } from '@project-hub/datastore';\nconsole.log(DictDatastore, Key, ${store});\n`,
      entries,
    );
    rows.push(`| … with ${store} | ${kb(size)} (+${kb(size - core)}) |`);
  }
  for (const name of PACKAGES) {
    const size = await bundleSize(
      `import * as lib from '@project-hub/${name}';\nconsole.log(lib);\n`,
      entries,
    );
    rows.push(
      `| all of @project-hub/${name}${name === 'datastore' ? '' : ' (with what it uses of datastore)'} | ${kb(size)} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(entries, { recursive: true, force: true });
}
const table = rows.join('\n');
console.log(table);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/package-sizes.md', `# Package sizes\n\n${table}\n`);
