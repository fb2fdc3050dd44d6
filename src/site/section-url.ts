// A link to a section of a page, checked against the page's headings at build time.
import { pageUrl } from './urls.ts';

interface EntryWithHeadings {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/**
 * `/hub/datastore/#hello-world`, or undefined when the site has no page `id` (a hub without that
 * project); throws when the page exists but has no heading with that slug.
 */
export function sectionUrl(
  entries: readonly EntryWithHeadings[],
  id: string,
  slug: string,
): string | undefined {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  const headings = (entry?.rendered?.metadata?.['headings'] ?? []) as { slug: string }[];
  if (!headings.some((heading) => heading.slug === slug))
    throw new Error(
      `[site] the home page links to ${id}#${slug}, but that page has no heading "${slug}". ` +
        'Hint: update the link in src/pages/index.astro after renaming a heading.',
    );
  return `${pageUrl(id)}#${slug}`;
}
