// The API reference documents what the packages export: one entry point per `exports` subpath.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_CONDITION } from '../../../package-conditions.ts';

/** One entry point of one package, e.g. `@project-hub/datastore` → src/lib/datastore/index.ts. */
export interface EntryPoint {
  /** The library folder and project: `datastore`. */
  library: string;
  /** What readers import: `@project-hub/datastore`, `@project-hub/datastore/fs`. */
  specifier: string;
  /** The TypeScript source, relative to the project root. */
  file: string;
  /** The content page it becomes, relative to content/: `datastore/api.md`, `datastore/api-fs.md`. */
  contentPath: string;
}

type Exports = Record<string, string | Record<string, string>>;

/** Every exported entry point of every package under `libDir` (src/lib), in a stable order. */
export function entryPoints(libDir = 'src/lib'): EntryPoint[] {
  return readdirSync(libDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((library) => {
      const manifest = JSON.parse(readFileSync(join(libDir, library, 'package.json'), 'utf8'));
      return Object.entries(manifest.exports as Exports)
        .filter(([, target]) => typeof target === 'object' && SOURCE_CONDITION in target)
        .map(([subpath, target]) => {
          const source = (target as Record<string, string>)[SOURCE_CONDITION]!;
          const sub = subpath.replace(/^\.\/?/, '');
          return {
            library,
            specifier: sub ? `${manifest.name}/${sub}` : manifest.name,
            file: join(libDir, library, source),
            contentPath: `${library}/api${sub ? `-${sub.replace(/\//g, '-')}` : ''}.md`,
          };
        });
    });
}
