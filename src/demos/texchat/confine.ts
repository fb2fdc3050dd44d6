// A formula paints only inside its own box: the box MathJax reports is what layout reserves, so a
// formula whose drawing reaches far beyond it (\smash, \rlap, \raise, \kern, a huge \rule) would
// cover other messages. The CSS clips every message body; this check also measures what each
// formula actually paints and shows the source of one that reaches out instead.
import { errorElement } from './tex-renderer.ts';

/** How far, in thousandths of an em (MathJax's SVG units), a drawing may pass its reported box. */
export const PAINT_TOLERANCE = 1000;
/** The same, as a share of the box's own width or height (added to PAINT_TOLERANCE). */
export const PAINT_TOLERANCE_SHARE = 0.1;

/**
 * Replaces every typeset formula inside `roots` whose painted box (getBBox of what the SVG draws)
 * passes its reported box by more than the tolerance. Call it once the roots are in the page (one
 * layout for all of them); a root that is not rendered measures nothing and is left as it is.
 * @example confineFormulas([li]) → 1 when li held `$\smash{\rlap{\rule{1000em}{1000em}}}$`
 */
export function confineFormulas(roots: Iterable<Element>): number {
  const offenders: HTMLElement[] = [];
  for (const root of roots) {
    for (const wrap of root.querySelectorAll<HTMLElement>('.tc-math')) {
      const svg = wrap.querySelector('svg');
      if (svg && paintsOutside(svg)) offenders.push(wrap);
    }
  }
  for (const wrap of offenders) {
    wrap.replaceChildren(errorElement(wrap.dataset['tex'] ?? '', 'draws outside its own box'));
  }
  return offenders.length;
}

// --- Internal helpers ---

function paintsOutside(svg: SVGSVGElement): boolean {
  const view = svg.viewBox.baseVal;
  if (!view || (view.width === 0 && view.height === 0)) return false;
  let painted: DOMRect;
  try {
    painted = svg.getBBox();
  } catch {
    return false; // not rendered: nothing to measure, and the CSS clip still holds
  }
  const dx = PAINT_TOLERANCE + PAINT_TOLERANCE_SHARE * view.width;
  const dy = PAINT_TOLERANCE + PAINT_TOLERANCE_SHARE * view.height;
  return (
    painted.x < view.x - dx ||
    painted.y < view.y - dy ||
    painted.x + painted.width > view.x + view.width + dx ||
    painted.y + painted.height > view.y + view.height + dy
  );
}
