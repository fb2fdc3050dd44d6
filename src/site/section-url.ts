// A link to a section of a page, checked against the page's headings at build time.
import { pageUrl } from './urls.ts';

interface EntryWithHeadings {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/** `/hub/datastore/#hello-world`; throws when page `id` has no heading with that slug. */
export function sectionUrl(
  entries: readonly EntryWithHeadings[],
  id: string,
  slug: string,
): string {
  const entry = entries.find((candidate) => candidate.id === id);
  const headings = (entry?.rendered?.metadata?.['headings'] ?? []) as { slug: string }[];
  if (!headings.some((heading) => heading.slug === slug))
    throw new Error(
      `[site] the home page links to ${id}#${slug}, but ${entry ? `that page has no heading "${slug}"` : `there is no page "${id}"`}. ` +
        'Hint: update the link in src/pages/index.astro after renaming a heading.',
    );
  return `${pageUrl(id)}#${slug}`;
}
