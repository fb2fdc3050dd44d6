// Navigation derived from the content: the project list, a project's sidebar, previous and next.
import type { EntryData } from './frontmatter.ts';

/** The part of a collection entry navigation needs. */
export interface NavEntry {
  id: string;
  data: EntryData;
}

export interface NavLink {
  id: string;
  title: string;
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

/** The pages before and after `current` in its sidebar (or among the site pages). */
export function previousAndNext(
  entries: readonly NavEntry[],
  current: NavEntry,
): { previous?: NavLink; next?: NavLink } {
  const sequence = current.data.project
    ? projectPages(entries, current.data.project)
    : sitePages(entries);
  const index = sequence.findIndex((entry) => entry.id === current.id);
  const link = (entry: NavEntry | undefined): NavLink | undefined =>
    entry && { id: entry.id, title: entry.data.title };
  const previous = index > 0 ? link(sequence[index - 1]) : undefined;
  const next = index >= 0 ? link(sequence[index + 1]) : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
