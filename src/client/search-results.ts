// Search results as a list: each page with its title and excerpt, then up to three of its
// sections (heading and excerpt). Excerpts are Pagefind's HTML (escaped text and <mark>).
import type { PagefindResultData } from './pagefind.ts';

const SECTIONS_PER_PAGE = 3;

export interface ResultsView {
  status: HTMLElement;
  list: HTMLElement;
}

/** Shows `results` for `term` and says how many there are (the status is a live region). */
export function renderResults(
  view: ResultsView,
  term: string,
  results: PagefindResultData[],
): void {
  view.list.replaceChildren(...results.filter((result) => isSiteUrl(result.url)).map(resultItem));
  view.status.textContent = !term
    ? ''
    : results.length === 0
      ? `No results for “${term}”.`
      : `${results.length}${results.length === 10 ? '+' : ''} pages match “${term}”.`;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = result.meta.title ?? result.url;
  item.append(link(result.url, title, result.excerpt, result.meta.project));
  const sections = result.sub_results.filter(
    (section) => section.url !== result.url && isSiteUrl(section.url),
  );
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const section of sections.slice(0, SECTIONS_PER_PAGE)) {
      const entry = document.createElement('li');
      entry.append(link(section.url, section.title, section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function link(href: string, title: string, excerpt: string, project?: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  const heading = document.createElement('span');
  heading.className = 'search-result__title';
  heading.textContent = title;
  if (project) {
    const tag = document.createElement('span');
    tag.className = 'search-result__project';
    tag.textContent = project;
    heading.append(' ', tag);
  }
  const text = document.createElement('span');
  text.className = 'search-result__excerpt';
  text.append(...excerptNodes(excerpt));
  anchor.append(heading, text);
  return anchor;
}

/** Whether a result's link stays on this site (a replaced index must not link to `javascript:`). */
function isSiteUrl(href: string): boolean {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/** Pagefind's excerpt as text and <mark> only: whatever else its HTML holds (it escapes the page's
 * text, but an index is a file anyone deploying can replace) is kept as its text, never as markup.
 * A template's content is inert: nothing in it loads or runs while it is read. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return Array.from(template.content.childNodes, (node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}
