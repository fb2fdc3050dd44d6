// The weight of every built page (gzipped HTML, CSS, and JavaScript loaded before interaction) against its budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn, resolveInDist, routeOfFile } from './_dist-files.ts';
import { AFTER_PAINT_CHUNK } from '../src/site/lazy-chunk.ts';

const KB = 1024;
/** Budgets in gzipped bytes (1 KB = 1024 bytes). */
export const BUDGETS = {
  /** A page without runnable examples or demos: the page script only (theme, search opener,
   * copy buttons, table of contents) and the head's theme script. Search loads on first use. */
  jsStatic: 2 * KB,
  /** With runnable examples or demos: their elements too (the editor and worker load on use). */
  jsInteractive: 10 * KB,
  css: 8 * KB,
  htmlWithMath: 60 * KB,
} as const;

/** The custom elements that make a page interactive (and entitle it to JavaScript). */
export const ISLAND_TAGS = ['run-example', 'dronestore-demo', 'texchat-demo'] as const;

/** Whether a page's HTML holds a runnable example or a demo. */
export function isInteractive(html: string): boolean {
  return ISLAND_TAGS.some((tag) => html.includes(`<${tag}`));
}

export interface BudgetRow {
  /** The route under the base path: `''` (home), `datastore/`, `404.html`. */
  page: string;
  file: string;
  interactive: boolean;
  math: boolean;
  /** Gzipped bytes. */
  html: number;
  css: number;
  js: number;
  /** Every JavaScript file loaded before interaction (relative to dist), and `inline` for inline scripts. */
  scripts: string[];
  limits: { html: number | null; css: number; js: number };
  /** One sentence per exceeded budget; empty when the page is within all of them. */
  over: string[];
}

/** Measures every HTML page of the built site in `distDir`, in route order. */
export function measureBudget(distDir: string): BudgetRow[] {
  const rows = htmlFilesIn(distDir).map((file) => measurePage(distDir, file));
  return rows.sort((a, b) => a.page.localeCompare(b.page)); // the home page ('') first
}

/** Measures one page: `file` relative to `distDir`. */
export function measurePage(distDir: string, file: string): BudgetRow {
  const html = readFileSync(join(distDir, file), 'utf8');
  const interactive = isInteractive(html);
  const math = html.includes('<mjx-container');
  const js = measureScripts(distDir, file, html);
  const row: BudgetRow = {
    page: routeOfFile(file),
    file,
    interactive,
    math,
    html: gzipSize(html),
    css: measureStyles(distDir, file, html),
    js: js.bytes,
    scripts: js.scripts,
    limits: {
      html: math ? BUDGETS.htmlWithMath : null,
      css: BUDGETS.css,
      js: interactive ? BUDGETS.jsInteractive : BUDGETS.jsStatic,
    },
    over: [],
  };
  row.over = overBudget(row);
  return row;
}

function overBudget(row: BudgetRow): string[] {
  const over: string[] = [];
  const kind = row.interactive ? 'with runnable examples or demos' : 'without interactive parts';
  if (row.js > row.limits.js)
    over.push(`JavaScript ${row.js} B > ${row.limits.js} B on a page ${kind}`);
  if (row.css > row.limits.css) over.push(`CSS ${row.css} B > ${row.limits.css} B`);
  if (row.limits.html !== null && row.html > row.limits.html) {
    over.push(`HTML ${row.html} B > ${row.limits.html} B on a page with math`);
  }
  return over;
}

// --- Internal helpers ---

function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(
    attributes,
  );
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
}

/** Linked stylesheets plus inline `<style>`, each gzipped as it travels. */
function measureStyles(distDir: string, file: string, html: string): number {
  let bytes = 0;
  for (const [, attributes = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const href = attribute(attributes, 'href');
    if (!/\bstylesheet\b/i.test(attribute(attributes, 'rel') ?? '') || !href) continue;
    bytes += gzipSize(readFileSync(join(distDir, resolveInDist(distDir, file, href))));
  }
  const inline = Array.from(
    html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi),
    (match) => match[1] ?? '',
  );
  return bytes + (inline.length > 0 ? gzipSize(inline.join('\n')) : 0);
}

/** Scripts in the HTML (external, inline, module preloads) and the modules they import statically. */
function measureScripts(
  distDir: string,
  file: string,
  html: string,
): { bytes: number; scripts: string[] } {
  const files = new Set<string>();
  let inlineBytes = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    const type = (attribute(attributes, 'type') ?? 'text/javascript').toLowerCase();
    if (!['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attribute(attributes, 'src');
    if (src) addModule(distDir, resolveInDist(distDir, file, src), files, type === 'module');
    else if (body.trim()) {
      inlineBytes += gzipSize(body);
      if (type === 'module')
        for (const specifier of [...staticImports(body), ...afterPaintImports(body)])
          addModule(distDir, resolveInDist(distDir, file, specifier), files, true);
    }
  }
  for (const [, attributes = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const href = attribute(attributes, 'href');
    if (attribute(attributes, 'rel')?.toLowerCase() === 'modulepreload' && href)
      addModule(distDir, resolveInDist(distDir, file, href), files, true);
  }
  const external = Array.from(files, (script) => gzipSize(readFileSync(join(distDir, script))));
  const scripts = [...files, ...(inlineBytes > 0 ? ['inline'] : [])];
  return { bytes: inlineBytes + external.reduce((sum, size) => sum + size, 0), scripts };
}

function addModule(
  distDir: string,
  script: string,
  files: Set<string>,
  followImports: boolean,
): void {
  if (files.has(script)) return;
  files.add(script);
  if (!followImports) return;
  const code = readFileSync(join(distDir, script), 'utf8');
  for (const specifier of [...staticImports(code), ...afterPaintImports(code)]) {
    addModule(distDir, resolveInDist(distDir, script, specifier), files, true);
  }
}

/**
 * The chunks a script imports unasked after the page's first paint (`after-paint-chunk:` in
 * src/site/lazy-chunk.ts): loaded with the page, so they count; other `import()`s wait for a reader.
 */
export function afterPaintImports(code: string): string[] {
  const pattern = new RegExp(
    `["'\`]([^"'\`\\s]*/${AFTER_PAINT_CHUNK}[\\w-]+\\.[\\w-]+\\.js)["'\`]`,
    'g',
  );
  return Array.from(code.matchAll(pattern), (match) => match[1] ?? '');
}

/**
 * The relative or root-relative specifiers of a module's static `import … from "x"`, `import "x"`
 * and `export … from "x"`. `import("x")` (lazy) and `new Worker(…)` do not match.
 */
export function staticImports(code: string): string[] {
  const pattern =
    /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  return Array.from(code.matchAll(pattern), (match) => match[1] ?? '').filter((specifier) =>
    /^\.{0,2}\//.test(specifier),
  );
}
