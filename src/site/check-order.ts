// Sidebar order: two pages of one project with the same `order` would be sorted by title instead,
// silently, so a duplicate fails the build.
import { ContentError } from '../markdown/errors.ts';
import type { ContentPage } from './content-files.ts';

/** What the check needs of a page (a cached page has no body or HTML at hand). */
export type OrderedPage = Pick<ContentPage, 'file' | 'data' | 'fieldLine'>;

/** Throws on the first `order` used twice among the pages of one project (or among the projects). */
export function checkPageOrder(pages: readonly OrderedPage[]): void {
  const groups = Map.groupBy(
    pages.filter((page) => page.data.order !== undefined),
    groupOf,
  );
  for (const [group, members] of groups) {
    const seen = new Map<number, OrderedPage>();
    for (const page of members) {
      const order = page.data.order!;
      const first = seen.get(order);
      if (first) throw duplicateOrder(page, first, group, members);
      seen.set(order, page);
    }
  }
}

// A project index's `order` places the project on the home page; a page's places it in its project.
function groupOf(page: OrderedPage): string {
  if (page.data.kind === 'project') return 'the projects';
  return page.data.project ? `the pages of ${page.data.project}` : 'the top-level pages';
}

function duplicateOrder(
  page: OrderedPage,
  first: OrderedPage,
  group: string,
  members: readonly OrderedPage[],
): ContentError {
  const used = [...new Set(members.map((member) => member.data.order!))].sort((a, b) => a - b);
  return new ContentError(
    page.file,
    page.fieldLine(['order']),
    `order ${page.data.order} is already used by ${first.file}:${first.fieldLine(['order']) ?? 1} among ${group}`,
    `give each page a different \`order\`; ${group} use ${used.join(', ')}, so ${Math.max(...used) + 1} is free`,
  );
}
