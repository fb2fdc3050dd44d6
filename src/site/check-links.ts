// Every internal link must land on a page that exists, at a heading that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../markdown/errors.ts';
import type { Heading, LinkReference } from '../markdown/env.ts';
import { contentIdOf } from './routing.ts';

/** What the link check needs of a page: its links and its anchors, not its HTML (so cached
 * pages are checked from their cached lists, on every build). */
export interface LinkedPage {
  contentPath: string;
  file: string;
  rendered: { links: LinkReference[]; anchors: string[]; headings: Heading[] };
}

/** Throws naming each broken internal link (file, line, target) across `pages`; assets are looked up in `publicDir`. */
export function checkLinks(pages: readonly LinkedPage[], publicDir: string): void {
  const anchorsById = new Map(
    pages.map((page) => [contentIdOf(page.contentPath), new Set(page.rendered.anchors)]),
  );
  const headingsById = new Map(
    pages.map((page) => [
      contentIdOf(page.contentPath),
      page.rendered.headings.map((heading) => heading.slug),
    ]),
  );
  const broken: ContentError[] = [];
  for (const page of pages) {
    for (const link of page.rendered.links) {
      const problem = describeBrokenLink(link, anchorsById, publicDir);
      if (problem)
        broken.push(
          new ContentError(
            page.file,
            link.line,
            `broken link "${link.written}": ${problem}`,
            hintFor(problem, headingsById.get(link.targetId ?? '') ?? []),
          ),
        );
    }
  }
  if (broken.length === 1) throw broken[0];
  if (broken.length > 1)
    throw new Error(
      `${broken.length} broken links:\n${broken.map((error) => error.message).join('\n')}`,
    );
}

function describeBrokenLink(
  link: LinkReference,
  anchorsById: Map<string, Set<string>>,
  publicDir: string,
): string | undefined {
  if (link.targetId === undefined) {
    return link.assetPath && existsSync(join(publicDir, link.assetPath))
      ? undefined
      : `no file public/${link.assetPath}`;
  }
  const anchors = anchorsById.get(link.targetId);
  if (!anchors)
    return `no page ${link.targetId ? `content/${link.targetId}.md or content/${link.targetId}/index.md` : 'content/index.md'}`;
  if (link.fragment && !anchors.has(link.fragment))
    return `no heading or id "#${link.fragment}" on that page`;
  return undefined;
}

function hintFor(problem: string, headings: readonly string[]): string {
  if (!problem.startsWith('no heading')) return 'fix the path, or create the missing page or file';
  const known = headings.length
    ? `the page's headings are ${headings.map((slug) => `#${slug}`).join(', ')}`
    : 'the page has no headings';
  return `use the id of an existing heading (lowercase, punctuation dropped, spaces as dashes); ${known}`;
}
