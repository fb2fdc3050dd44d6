// Issue 5: every page works from the keyboard: a skip link first, a visible focus indicator on every
// stop, every control reachable with Tab, and no keyboard trap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { builtHtmlFiles, routeOf, siteUrl } from './support/site.ts';

const pages = builtHtmlFiles();
const urlOf = (file: string) => siteUrl(file === '404.html' ? 'no/such/page/' : routeOf(file));

/** What the page reports about its focused element (see installProbe). */
interface FocusStop {
  id: number;
  label: string;
  /** In the viewport, not transparent, not hidden. */
  shown: boolean;
  /** Focus changed a non-none outline or box-shadow on the element or one of its three nearest ancestors. */
  indicated: boolean;
}

/**
 * Installs `window.__focusProbe` in the page: ids for elements, the tabbable visible elements, and a
 * description of the focused one. Runs before any focus, so it records each element's unfocused style.
 */
function installProbe(): void {
  const CONTROLS =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, ' +
    'audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
  const ids = new Map<Element, number>();
  const idOf = (element: Element) => ids.get(element) ?? (ids.set(element, ids.size), ids.size - 1);
  const label = (element: Element) =>
    `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}> ` +
    JSON.stringify(
      (element.getAttribute('aria-label') ?? element.textContent ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40),
    );
  const deepElements = (root: Document | ShadowRoot): Element[] =>
    Array.from(root.querySelectorAll('*')).flatMap((element) => [
      element,
      ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
    ]);
  const parentOf = (element: Element) =>
    element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  const chain = (element: Element) => {
    const nodes = [element];
    for (let node = parentOf(element); node && nodes.length < 4; node = parentOf(node))
      nodes.push(node);
    return nodes;
  };
  const outlineOf = (element: Element) => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      drawn: outline || style.boxShadow !== 'none',
      key: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.boxShadow}`,
    };
  };
  const tabbable = deepElements(document).filter(
    (element) =>
      element.matches(CONTROLS) &&
      (element as HTMLElement).tabIndex >= 0 &&
      !element.matches(':disabled') &&
      !element.closest('[inert]') &&
      element.checkVisibility({ visibilityProperty: true }),
  );
  const unfocused = new Map(tabbable.flatMap(chain).map((node) => [node, outlineOf(node).key]));
  const deepActive = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active && active !== document.body ? active : null;
  };
  const describe = (element: Element) => {
    const box = element.getBoundingClientRect();
    const inViewport =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth;
    const indicated = chain(element).some((node) => {
      const { drawn, key } = outlineOf(node);
      return drawn && key !== unfocused.get(node);
    });
    return {
      id: idOf(element),
      label: label(element),
      shown:
        inViewport && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      indicated,
    };
  };
  Object.assign(window, {
    __focusProbe: {
      tabbable: () => tabbable.map((element) => ({ id: idOf(element), label: label(element) })),
      active: () => {
        const element = deepActive();
        return element && describe(element);
      },
    },
  });
}

type Probe = { tabbable(): { id: number; label: string }[]; active(): FocusStop | null };
const probe = <T>(page: Page, call: (probe: Probe) => T) =>
  page.evaluate(`(${call.toString()})(window.__focusProbe)`) as Promise<T>;

/** Presses Tab until focus comes back to the first stop; fails on a trap (focus that does not move). */
async function walkTab(page: Page, limit: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const stop = await probe(page, (p) => p.active());
    if (!stop) continue; // focus left the document for a moment (the browser's own UI)
    if (stop.id === stops[0]?.id) return stops;
    if (stop.id === stops.at(-1)?.id)
      throw new Error(`keyboard trap: Tab leaves focus on ${stop.label}`);
    stops.push(stop);
  }
  throw new Error(
    `Tab did not come back to the first stop within ${limit} presses:\n${stops.map((stop) => stop.label).join('\n')}`,
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page from the keyboard', () => {
  it.each(pages)(
    '%s: skip link first, every control reachable with visible focus, no trap',
    async (file) => {
      const opened = await openPage(browser, urlOf(file));
      const { page } = opened;
      try {
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        await page.evaluate(installProbe);
        const tabbable = await probe(page, (p) => p.tabbable());
        const stops = await walkTab(page, tabbable.length + 20);

        expect(stops[0]?.label, 'the first Tab stop').toMatch(/^<a\.skip-link> "Skip to content"$/);
        const visited = new Set(stops.map((stop) => stop.id));
        expect(
          tabbable.filter((control) => !visited.has(control.id)).map((control) => control.label),
          'controls Tab never reaches',
        ).toEqual([]);
        expect(
          stops.filter((stop) => !stop.shown).map((stop) => stop.label),
          'focused but not visible',
        ).toEqual([]);
        expect(
          stops.filter((stop) => !stop.indicated).map((stop) => stop.label),
          'focused without a visible outline or box-shadow',
        ).toEqual([]);

        // Focus is back on the skip link: Enter moves it to <main>.
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.matches('main#main'))).toBe(true);
      } finally {
        await opened.close();
      }
    },
  );
});
