// A project's sidebar sections: its index, its loose pages, then its groups. A group comes from
// a page's `group:` frontmatter or, failing that, its folder under the project; a project with
// more than AUTO_GROUP_LIMIT loose pages has them cut into groups of AUTO_GROUP_SIZE, in order,
// so that no sidebar lists hundreds of links.
import { byOrderThenTitle, type NavEntry } from './nav.ts';

/** A run of sidebar entries; unlabelled sections are listed inline, labelled ones as groups. */
export interface SidebarSection {
  label?: string;
  entries: NavEntry[];
}

/** More loose pages than this are grouped automatically. */
export const AUTO_GROUP_LIMIT = 40;
/** Pages per automatic group. */
export const AUTO_GROUP_SIZE = 25;

/** The sections of one project's sidebar, in reading order (which previous/next follows too). */
export function projectSequence(entries: readonly NavEntry[]): SidebarSection[] {
  const index = entries.filter((entry) => entry.data.kind === 'project');
  const pages = entries.filter((entry) => entry.data.kind === 'page').sort(byOrderThenTitle);
  const loose: NavEntry[] = [];
  const groups = new Map<string, NavEntry[]>();
  for (const page of pages) {
    const label = groupOf(page);
    if (label === undefined) loose.push(page);
    else groups.set(label, [...(groups.get(label) ?? []), page]);
  }
  return [
    { entries: [...index, ...(loose.length > AUTO_GROUP_LIMIT ? [] : loose)] },
    ...(loose.length > AUTO_GROUP_LIMIT ? autoGroups(loose) : []),
    ...[...groups].map(([label, grouped]) => ({ label, entries: grouped })),
  ];
}

/** The group a page declares (`group:`), else the folder it sits in below its project. */
function groupOf(entry: NavEntry): string | undefined {
  if (entry.data.group) return entry.data.group;
  const folders = entry.id.split('/').slice(1, -1);
  return folders.length > 0 ? folders.join('/') : undefined;
}

function autoGroups(pages: NavEntry[]): SidebarSection[] {
  const sections: SidebarSection[] = [];
  for (let start = 0; start < pages.length; start += AUTO_GROUP_SIZE) {
    const entries = pages.slice(start, start + AUTO_GROUP_SIZE);
    sections.push({ label: `Pages ${start + 1}–${start + entries.length}`, entries });
  }
  return sections;
}
