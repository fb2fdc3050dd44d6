// Turns TypeDoc's markdown for one entry point into a content page of ours: frontmatter, an
// introduction linking back to the prose, and anchors and cross-package links that resolve.
import { posix } from 'node:path';
import type { GeneratedModule } from './typedoc.ts';

// TypeDoc's anchors (`<a id="key">`) get a prefix, so they never collide with the ids our
// pipeline gives the headings themselves (`### Key` → `key`).
const ANCHOR_PREFIX = 'api-';

/** The markdown of the content page for `module`; `modules` are all pages, for cross links. */
export function apiPage(module: GeneratedModule, modules: readonly GeneratedModule[]): string {
  const { entry } = module;
  const pageOf = new Map(modules.map((other) => [other.url, other.entry.contentPath]));
  const here = entry.contentPath;
  const body = module.markdown
    .replace(/<a id="([^"]+)"><\/a>/g, `<a id="${ANCHOR_PREFIX}$1"></a>`)
    .replace(/\]\(([^)#\s]*)(?:#([^)\s]+))?\)/g, (link, path: string, anchor?: string) => {
      if (/^[a-z]+:/.test(path)) return link; // an external URL
      // TypeDoc links relative to its own page (`../../datastore.md` from `datastore/backends/fs.md`).
      const target = path ? pageOf.get(posix.join(posix.dirname(module.url), path)) : here;
      if (target === undefined) return link; // left for the link check to report
      const fragment = anchor ? `#${ANCHOR_PREFIX}${anchor}` : '';
      return `](${relativeLink(here, target)}${fragment})`;
    });
  // After the prose pages: the package's main entry first, then its further entry points in order.
  const order =
    90 + modules.filter((other) => other.entry.library === entry.library).indexOf(module);
  return `${frontmatter(module, order)}\n${introduction(module)}\n${body.trim()}\n`;
}

function frontmatter({ entry }: GeneratedModule, order: number): string {
  return [
    '---',
    `title: API reference${entry.specifier.includes('/', entry.specifier.indexOf('/') + 1) ? ` (${entry.specifier.split('/').slice(2).join('/')})` : ''}`,
    `description: Every export of ${entry.specifier}, with signatures, parameters and errors, generated from the TSDoc comments of its source.`,
    `order: ${order}`,
    '---',
    '',
  ].join('\n');
}

function introduction({ entry }: GeneratedModule): string {
  return [
    `Every export of \`${entry.specifier}\`, generated from the TSDoc comments in its source by`,
    'TypeDoc when the site is built, so it always matches the code. The',
    `[${entry.library} guide](./index.md#install) shows how to install it and how the pieces fit together.`,
    '',
    '```ts',
    `import { … } from '${entry.specifier}';`,
    '```',
    '',
  ].join('\n');
}

/** A relative link between two content paths: `datastore/api.md` → `../dronestore/api.md`. */
function relativeLink(from: string, to: string): string {
  if (from === to) return '';
  const [fromDir] = from.split('/');
  const [toDir, toFile] = to.split('/');
  return fromDir === toDir ? `./${toFile}` : `../${toDir}/${toFile}`;
}
