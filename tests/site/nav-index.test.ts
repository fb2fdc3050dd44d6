import { describe, expect, it } from 'vitest';
import { buildNavIndex, FULL_SIDEBAR_LIMIT, type SidebarGroup } from '../../src/site/nav-index.ts';
import { AUTO_GROUP_SIZE } from '../../src/site/nav-groups.ts';
import type { NavEntry } from '../../src/site/nav.ts';

const project = (id: string, order: number): NavEntry => ({
  id,
  data: {
    title: `${id} project`,
    description: 'd',
    kind: 'project',
    project: id,
    order,
    repository: `https://example.org/${id}`,
  },
});
const page = (id: string, extra: Partial<NavEntry['data']> = {}): NavEntry => ({
  id,
  data: {
    title: id.split('/').at(-1)!,
    description: 'd',
    kind: 'page',
    project: id.split('/')[0],
    ...extra,
  },
});
const numbered = (n: number) =>
  Array.from({ length: n }, (_, i) => page(`big/p${String(i + 1).padStart(4, '0')}`));

describe('buildNavIndex', () => {
  it('lists projects in order, then site pages, for the header', () => {
    const nav = buildNavIndex([
      project('b', 2),
      project('a', 1),
      { id: 'about', data: { title: 'About', description: 'd', kind: 'page' } },
      { id: 'index', data: { title: 'Home', description: 'd', kind: 'home' } },
    ]);
    expect(nav.headerLinks.map((link) => link.id)).toEqual(['a', 'b', 'about']);
  });

  it('gives a small project a flat sidebar, overview first, and previous/next in that order', () => {
    const nav = buildNavIndex([project('a', 1), page('a/zeta', { order: 1 }), page('a/alpha')]);
    const pageNav = nav.forPage('a/zeta');
    expect(pageNav.sidebar).toEqual([
      { kind: 'link', id: 'a', title: 'Overview', current: false },
      { kind: 'link', id: 'a/zeta', title: 'zeta', current: true },
      { kind: 'link', id: 'a/alpha', title: 'alpha', current: false },
    ]);
    // Previous and next use the sidebar's names, with the project they belong to.
    expect(pageNav.previous).toEqual({ id: 'a', title: 'Overview', group: 'a project' });
    expect(pageNav.next).toEqual({ id: 'a/alpha', title: 'alpha', group: 'a project' });
    expect(pageNav.project).toEqual({
      id: 'a',
      title: 'a project',
      repository: 'https://example.org/a',
    });
  });

  it('leads previous/next across project boundaries, then to the site pages', () => {
    const nav = buildNavIndex([project('a', 1), page('a/last'), project('b', 2), page('b/only')]);
    expect(nav.forPage('a/last').next).toEqual({ id: 'b', title: 'Overview', group: 'b project' });
    expect(nav.forPage('b').previous).toEqual({ id: 'a/last', title: 'last', group: 'a project' });
    expect(nav.forPage('b/only').next).toBeUndefined();
  });

  it('groups pages by `group:` frontmatter and by folder, listing every group in a small project', () => {
    const nav = buildNavIndex([
      project('a', 1),
      page('a/intro'),
      page('a/guides/setup'),
      page('a/api', { group: 'Reference' }),
    ]);
    const sidebar = nav.forPage('a/intro').sidebar;
    expect(sidebar.map((item) => (item.kind === 'link' ? item.id : `[${item.label}]`))).toEqual([
      'a',
      'a/intro',
      '[Reference]',
      '[guides]',
    ]);
    const guides = sidebar[3] as SidebarGroup;
    expect(guides).toMatchObject({ open: false, count: 1, firstId: 'a/guides/setup' });
    expect(guides.items.map((item) => item.id)).toEqual(['a/guides/setup']);
    expect((nav.forPage('a/guides/setup').sidebar[3] as SidebarGroup).open).toBe(true);
  });

  it('cuts a large project into groups and lists only the current group, so the sidebar stays small', () => {
    const sizes = [100, 400, 800].map((n) => {
      const nav = buildNavIndex([project('big', 1), ...numbered(n)]);
      const sidebar = nav.forPage('big/p0042').sidebar;
      const listed = sidebar.flatMap((item) => (item.kind === 'link' ? [item] : item.items));
      const current = sidebar.find((item) => item.kind === 'group' && item.open) as SidebarGroup;
      expect(current.items.find((item) => item.current)?.id).toBe('big/p0042');
      return { listed: listed.length, groups: sidebar.length - 1 };
    });
    for (const { listed, groups } of sizes) {
      expect(listed).toBe(1 + AUTO_GROUP_SIZE);
      expect(listed + groups).toBeLessThan(FULL_SIDEBAR_LIMIT + AUTO_GROUP_SIZE);
    }
  });

  it('follows the groups with previous/next, across group boundaries', () => {
    const nav = buildNavIndex([project('big', 1), ...numbered(60)]);
    expect(nav.forPage(`big/p${String(AUTO_GROUP_SIZE).padStart(4, '0')}`).next?.id).toBe(
      `big/p${String(AUTO_GROUP_SIZE + 1).padStart(4, '0')}`,
    );
    expect(nav.forPage('big/p0060').next).toBeUndefined();
  });

  it('names an unknown page', () => {
    expect(() => buildNavIndex([]).forPage('nope')).toThrow(/no page with id "nope"/);
  });
});
