// Navigation for every page, computed once per build from the whole collection: the header's
// links, each project's sidebar (in groups when it is large) and previous/next. A page then
// looks its navigation up instead of sorting the collection again, so rendering N pages stays
// linear, and a sidebar holds at most one group's links, so a page's HTML stays the same size
// however large its project grows.
import { listProjects, sidebarTitle, sitePages, type NavEntry, type NavLink } from './nav.ts';
import { projectSequence, type SidebarSection } from './nav-groups.ts';

/** A link in a sidebar. */
export interface SidebarLink {
  kind: 'link';
  id: string;
  title: string;
  current: boolean;
}

/** A group of a sidebar: open when it holds the current page. Its links are listed when it is open
 * or the project is small (FULL_SIDEBAR_LIMIT); otherwise only its label and first page are. */
export interface SidebarGroup {
  kind: 'group';
  label: string;
  /** How many pages the group holds (its links may be left out when closed). */
  count: number;
  /** The group's first page, the target of a closed group. */
  firstId: string;
  /** True for the group of the current page. */
  open: boolean;
  items: SidebarLink[];
}

export type SidebarItem = SidebarLink | SidebarGroup;

/** Everything a documentation page shows around its article. */
export interface PageNav {
  /** The sidebar's accessible name: "datastore pages" or "Site pages". */
  label: string;
  /** Empty when the page has no siblings (the sidebar is then left out). */
  sidebar: SidebarItem[];
  previous?: NavLink;
  next?: NavLink;
  /** The project's index entry data, for the page footer. */
  project?: { id: string; title: string; repository?: string };
}

/** Navigation of the whole site, built once; `forPage` is cheap. */
export interface NavIndex {
  /** Projects then site pages, for the header. */
  headerLinks: NavLink[];
  forPage(id: string): PageNav;
}

/** Projects whose sidebar lists at most this many pages show every group's links on every page. */
export const FULL_SIDEBAR_LIMIT = 60;

/** Builds the navigation of the collection `entries` (all of it, home included). */
export function buildNavIndex(entries: readonly NavEntry[]): NavIndex {
  const projects = listProjects(entries);
  const site = sitePages(entries);
  const byProject = new Map<string, NavEntry[]>();
  for (const entry of entries) {
    const project = entry.data.project;
    if (project) byProject.set(project, [...(byProject.get(project) ?? []), entry]);
  }
  const sequences = new Map<string, Sequence>();
  const sequenceOf = (project: string | undefined): Sequence => {
    const key = project ?? '';
    let sequence = sequences.get(key);
    if (!sequence) {
      sequence = sequenceFrom(
        project ? projectSequence(byProject.get(project) ?? []) : [{ entries: site }],
      );
      sequences.set(key, sequence);
    }
    return sequence;
  };
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const projectTitles = new Map(projects.map((project) => [project.id, project.data.title]));
  const linkOf = (entry: NavEntry): NavLink => ({
    id: entry.id,
    title: sidebarTitle(entry),
    group: entry.data.project
      ? (projectTitles.get(entry.data.project) ?? entry.data.project)
      : 'Site',
  });
  // Previous and next cross project boundaries: every project's sidebar in turn, then the site pages.
  let reading: Sequence | undefined;
  const readingOrder = (): Sequence =>
    (reading ??= sequenceFrom([
      ...projects.map((project) => ({ entries: sequenceOf(project.id).order })),
      { entries: sequenceOf(undefined).order },
    ]));
  return {
    headerLinks: [...projects, ...site].map((entry) => ({
      ...linkOf(entry),
      title: entry.data.title,
    })),
    forPage(id) {
      const entry = entryById.get(id);
      if (!entry) throw new Error(`[nav] no page with id "${id}"`);
      const projectEntry = entry.data.project ? entryById.get(entry.data.project) : undefined;
      const sequence = sequenceOf(entry.data.project);
      return {
        label: projectEntry ? `${projectEntry.data.title} pages` : 'Site pages',
        sidebar: sidebarOf(sequence, id),
        ...neighbours(readingOrder(), id, linkOf),
        ...(projectEntry ? { project: projectOf(projectEntry) } : {}),
      };
    },
  };
}

function projectOf(entry: NavEntry): NonNullable<PageNav['project']> {
  const { repository } = entry.data;
  return { id: entry.id, title: entry.data.title, ...(repository ? { repository } : {}) };
}

/** A sidebar's sections, and each page's position in their reading order. */
interface Sequence {
  sections: SidebarSection[];
  order: NavEntry[];
  position: Map<string, number>;
}

function sequenceFrom(sections: SidebarSection[]): Sequence {
  const order = sections.flatMap((section) => section.entries);
  return { sections, order, position: new Map(order.map((entry, index) => [entry.id, index])) };
}

function sidebarOf({ sections, order }: Sequence, currentId: string): SidebarItem[] {
  const total = order.length;
  if (total <= 1) return [];
  const sidebarLink = (entry: NavEntry): SidebarLink => ({
    kind: 'link',
    id: entry.id,
    title: sidebarTitle(entry),
    current: entry.id === currentId,
  });
  return sections.flatMap((section): SidebarItem[] => {
    if (section.label === undefined) return section.entries.map(sidebarLink);
    const current = section.entries.some((entry) => entry.id === currentId);
    const listed = current || total <= FULL_SIDEBAR_LIMIT;
    const group: SidebarGroup = {
      kind: 'group',
      label: section.label,
      count: section.entries.length,
      firstId: section.entries[0]!.id,
      open: current,
      items: listed ? section.entries.map(sidebarLink) : [],
    };
    return [group];
  });
}

function neighbours(
  { order, position }: Sequence,
  id: string,
  linkOf: (entry: NavEntry) => NavLink,
): Pick<PageNav, 'previous' | 'next'> {
  const index = position.get(id) ?? -1;
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = index >= 0 ? order[index + 1] : undefined;
  return {
    ...(previous ? { previous: linkOf(previous) } : {}),
    ...(next ? { next: linkOf(next) } : {}),
  };
}
