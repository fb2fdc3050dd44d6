// The API reference: content pages generated from the packages' sources when the site is built.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entryPoints } from './entry-points.ts';
import { apiPage } from './page.ts';
import { generateModules } from './typedoc.ts';

export { ApiReferenceError } from './typedoc.ts';

/** Where the generated pages go (gitignored); the content loader reads it beside content/. */
export const API_REFERENCE_DIR = '.tmp/api-reference';

/** Writes `<outDir>/<project>/api.md` for every package entry point. TypeDoc takes a while, so
 * the pages are kept while the sources they come from are unchanged. Throws an
 * ApiReferenceError when an export has no documentation. */
export async function generateApiReference(outDir = API_REFERENCE_DIR): Promise<void> {
  const entries = entryPoints();
  const stamp = join(outDir, '.sources-hash');
  const hash = sourcesHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const modules = await generateModules(entries, join(outDir, '.typedoc'));
  rmSync(outDir, { recursive: true, force: true });
  for (const module of modules) {
    const file = join(outDir, module.entry.contentPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, apiPage(module, modules));
  }
  writeFileSync(stamp, hash);
}

/** A hash of everything the pages depend on: the libraries' sources and manifests, this
 * generator, and the versions of TypeDoc and its markdown plugin. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder('src/lib', /\.ts$|package\.json$/),
    ...filesUnder('src/site/api-reference', /\.ts$/),
    'tsconfig.typedoc.json',
    'tsconfig.packages.json',
    'node_modules/typedoc/package.json',
    'node_modules/typedoc-plugin-markdown/package.json',
  ];
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/\/(dist|node_modules)\//.test(file))
    .sort();
}
