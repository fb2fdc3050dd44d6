// In-page focus probe for the keyboard test: tab stops, focused element, and whether focus is visible.
import type { Page } from 'playwright-core';

/** What the page reports about its focused element (see installProbe). */
export interface FocusStop {
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
export function installProbe(): void {
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
  const findTabbable = () =>
    deepElements(document).filter(
      (element) =>
        element.matches(CONTROLS) &&
        (element as HTMLElement).tabIndex >= 0 &&
        !element.matches(':disabled') &&
        !element.closest('[inert]') &&
        element.checkVisibility({ visibilityProperty: true }),
    );
  // Each element's style before any focus; an element added later has none, and any outline counts.
  const unfocused = new Map(
    findTabbable()
      .flatMap(chain)
      .map((node) => [node, outlineOf(node).key]),
  );
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
      tabbable: () =>
        findTabbable().map((element) => ({ id: idOf(element), label: label(element) })),
      active: () => {
        const element = deepActive();
        return element && describe(element);
      },
    },
  });
}

type Probe = { tabbable(): { id: number; label: string }[]; active(): FocusStop | null };
/** Calls the installed probe in the page (the call is sent as source text, so it must not close over anything). */
export const probe = <T>(page: Page, call: (probe: Probe) => T) =>
  page.evaluate(`(${call.toString()})(window.__focusProbe)`) as Promise<T>;

/** Presses Tab until focus comes back to the first stop; fails on a trap (focus that does not move). */
export async function walkTab(page: Page, limit: number): Promise<FocusStop[]> {
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
