// Navigation derived from the content: the project list, a project's sidebar, previous and next.
import type { EntryData } from './frontmatter.ts';

/** The part of a collection entry navigation needs. */
export interface NavEntry {
  id: string;
  data: EntryData;
}

export interface NavLink {
  id: string;
  /** As the sidebar shows it. */
  title: string;
  /** The project's title (or "Site" for pages outside projects). */
  group: string;
}

/** Sidebar order: by `order` (pages without one last), then by title. */
export const byOrderThenTitle = (a: NavEntry, b: NavEntry) =>
  (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
  a.data.title.localeCompare(b.data.title);

/** Every project's index entry, in home-page order. */
export function listProjects<E extends NavEntry>(entries: readonly E[]): E[] {
  return entries.filter((entry) => entry.data.kind === 'project').sort(byOrderThenTitle);
}

/** A project's pages for the sidebar: its index first, then the others by `order`, then title. */
export function projectPages<E extends NavEntry>(entries: readonly E[], project: string): E[] {
  const pages = entries.filter((entry) => entry.data.project === project);
  const index = pages.filter((entry) => entry.data.kind === 'project');
  return [...index, ...pages.filter((entry) => entry.data.kind === 'page').sort(byOrderThenTitle)];
}

/** Top-level pages that belong to no project (such as the architecture page), in order. */
export function sitePages<E extends NavEntry>(entries: readonly E[]): E[] {
  return entries
    .filter((entry) => entry.data.kind === 'page' && !entry.data.project)
    .sort(byOrderThenTitle);
}

/** The reading order of the whole site: each project's sidebar in turn, then the site pages. */
export function readingOrder<E extends NavEntry>(entries: readonly E[]): E[] {
  return [
    ...listProjects(entries).flatMap((project) => projectPages(entries, project.id)),
    ...sitePages(entries),
  ];
}

/**
 * The pages before and after `current` in the reading order, across project boundaries, named as
 * the sidebar names them (a project's index is its "Overview") with the project they belong to.
 */
export function previousAndNext(
  entries: readonly NavEntry[],
  current: NavEntry,
): { previous?: NavLink; next?: NavLink } {
  const sequence = readingOrder(entries);
  const index = sequence.findIndex((entry) => entry.id === current.id);
  const titles = new Map(listProjects(entries).map((project) => [project.id, project.data.title]));
  const link = (entry: NavEntry | undefined): NavLink | undefined =>
    entry && {
      id: entry.id,
      title: sidebarTitle(entry),
      group: entry.data.project ? (titles.get(entry.data.project) ?? entry.data.project) : 'Site',
    };
  const previous = index > 0 ? link(sequence[index - 1]) : undefined;
  const next = index >= 0 ? link(sequence[index + 1]) : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** A page's name in the sidebar: "Overview" for a project's index, else its title. */
export function sidebarTitle(entry: NavEntry): string {
  return entry.data.kind === 'project' ? 'Overview' : entry.data.title;
}
