// Finding files in a built site: its HTML pages, and the file behind a URL one of them references.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every HTML file under `distDir`, relative to it and sorted (`datastore/index.html`). */
export function htmlFilesIn(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir)
    .map((file) => relative(distDir, file))
    .sort();
}

/** The route of a built HTML file: `datastore/index.html` → `datastore/`, `404.html` → `404.html`. */
export function routeOfFile(htmlFile: string): string {
  return htmlFile.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file in `distDir` that `reference` (an href, src or import specifier) points at, seen from
 * `fromFile` (relative to distDir). Root-relative URLs carry the site's base path (`/hub/_astro/x.js`),
 * which has no folder in dist/: leading segments are dropped until a file matches.
 */
export function resolveInDist(distDir: string, fromFile: string, reference: string): string {
  const path = decodeURIComponent(reference.replace(/[?#].*$/, ''));
  if (!path.startsWith('/')) {
    const file = resolve(distDir, dirname(fromFile), path);
    if (isFile(file)) return relative(distDir, file);
  } else {
    const segments = path.split('/').filter(Boolean);
    for (let skip = 0; skip < segments.length; skip++) {
      const file = join(distDir, ...segments.slice(skip));
      if (isFile(file)) return relative(distDir, file);
    }
  }
  throw new Error(
    `[budget] ${fromFile} references ${reference}, which is not a file in ${distDir}`,
  );
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
