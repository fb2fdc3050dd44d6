// The API reference: content pages generated from the packages' sources when the site is built.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder, hashFiles } from '../source-hash.ts';
import { entryPoints } from './entry-points.ts';
import { apiPage } from './page.ts';
import { generateModules } from './typedoc.ts';

export { ApiReferenceError } from './typedoc.ts';

/** Where the generated pages go (gitignored); the content loader reads it beside content/. */
export const API_REFERENCE_DIR = '.tmp/api-reference';

/** True for a page this module wrote (it has no file in the repository to edit). */
export function isGeneratedPage(file: string): boolean {
  return file.startsWith(`${API_REFERENCE_DIR}/`);
}

/**
 * Writes `<root>/<hash>/<project>/api.md` for every package entry point and returns that folder.
 * TypeDoc takes a while, so the pages are kept while the sources they come from are unchanged.
 * The folder is named by the hash of those sources and appears whole (written aside, then
 * renamed): builds running at once (a dev server, the e2e build) never read a half-written or
 * deleted page. Throws an ApiReferenceError when an export has no documentation.
 */
export async function generateApiReference(root = API_REFERENCE_DIR): Promise<string> {
  const hash = sourcesHash();
  const outDir = join(root, hash.slice(0, 16));
  if (existsSync(outDir)) return outDir;
  const entries = entryPoints();
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const modules = await generateModules(entries, join(staging, '.typedoc'));
  rmSync(join(staging, '.typedoc'), { recursive: true, force: true });
  for (const module of modules) {
    const file = join(staging, module.entry.contentPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, apiPage(module, modules));
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // Another build finished the same pages first: theirs are identical.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  }
  pruneOtherVersions(root, outDir);
  return outDir;
}

/** Removes the pages of older sources (best effort: a folder in use elsewhere may stay). */
function pruneOtherVersions(root: string, keep: string): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const dir = join(root, entry.name);
    if (entry.isDirectory() && dir !== keep && !entry.name.endsWith('.tmp'))
      rmSync(dir, { recursive: true, force: true });
  }
}

/** A hash of everything the pages depend on: the libraries' sources and manifests, this
 * generator, and the versions of TypeDoc and its markdown plugin. */
function sourcesHash(): string {
  return hashFiles([
    ...filesUnder('src/lib', /\.ts$|package\.json$/),
    ...filesUnder('src/site/api-reference', /\.ts$/),
    'tsconfig.typedoc.json',
    'tsconfig.packages.json',
    'node_modules/typedoc/package.json',
    'node_modules/typedoc-plugin-markdown/package.json',
  ]);
}
