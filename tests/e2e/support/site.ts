// Where the built site is: its served URL and its dist/ folder, from the e2e global setup.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

/** The folder the e2e build wrote (as `dist/`, but built with base /hub/). */
export const distDir: string = inject('distDir');

/** The absolute URL of a route under the base path: `siteUrl('datastore/')`. */
export function siteUrl(path = ''): string {
  return inject('siteUrl') + path.replace(/^\//, '');
}

/** Every HTML file the build produced, as paths relative to distDir (`datastore/index.html`). */
export function builtHtmlFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.html')
          ? [join(dir, entry.name)]
          : [],
    );
  return walk(distDir)
    .map((file) => relative(distDir, file))
    .sort();
}

/** The route of a built HTML file: `datastore/index.html` → `datastore/`, `404.html` → `404.html`. */
export function routeOf(htmlFile: string): string {
  return htmlFile.replace(/(^|\/)index\.html$/, '$1');
}
