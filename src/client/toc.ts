// "On this page": marks the heading being read in both tables of contents (the column from
// 1200 px, the bar below it), names it in the bar, and closes the bar when a link is followed.

/** Wires the tables of contents of the page, if it has any. */
export function initToc(): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.toc a, .toc-bar a'));
  if (links.length === 0) return;
  const bar = document.querySelector<HTMLDetailsElement>('.toc-bar');
  bar?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) bar.open = false;
  });
  const headings = [...new Set(links.map(targetOf))]
    .map((id) => document.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null);
  const current = bar?.querySelector('.toc-bar__current');
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const heading = headingInView(headings);
    for (const link of links) {
      if (heading && targetOf(link) === heading.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const link = heading && links.find((candidate) => targetOf(candidate) === heading.id);
    if (current) current.textContent = link?.textContent?.trim() ?? '';
  };
  addEventListener(
    'scroll',
    () => {
      if (!scheduled) requestAnimationFrame(update);
      scheduled = true;
    },
    { passive: true },
  );
  update();
}

/** The last heading above the reading line (a third of the way down the window). */
function headingInView(headings: HTMLElement[]): HTMLElement | undefined {
  const line = innerHeight / 3;
  let found: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    found = heading;
  }
  return found;
}

function targetOf(link: HTMLAnchorElement): string {
  return decodeURIComponent(link.hash.slice(1));
}
