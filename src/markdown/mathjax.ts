// TeX → SVG at build time with mathjax-full: strict (bad TeX throws), with assistive MathML.
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AssistiveMmlHandler } from 'mathjax-full/js/a11y/assistive-mml.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { SVG_OPTIONS } from './math-css.ts';

export { MATH_CSS } from './math-css.ts';

// noerrors/noundefined would turn mistakes into red text; we want them to fail the build.
const LENIENT_PACKAGES = ['bussproofs', 'noerrors', 'noundefined'];

const adaptor = liteAdaptor();
AssistiveMmlHandler(RegisterHTMLHandler(adaptor));
const tex = new TeX({
  packages: AllPackages.filter((name) => !LENIENT_PACKAGES.includes(name)),
  formatError: (_jax: unknown, error: Error) => {
    throw error;
  },
});
// fontCache 'none' gzips smaller than 'local' (measured in shared/toolchain.md).
const svg = new SVG(SVG_OPTIONS);
const document = mathjax.document('', { InputJax: tex, OutputJax: svg });

// An identical formula is typeset once per build.
const cache = new Map<string, string>();

/** Typesets TeX to an SVG (with a hidden MathML copy for screen readers); throws on bad TeX. */
export function texToSvg(source: string, display: boolean): string {
  const cacheKey = `${display ? 'D' : 'I'}${source}`;
  let html = cache.get(cacheKey);
  if (html === undefined) {
    html = adaptor.outerHTML(document.convert(source, { display }) as never);
    cache.set(cacheKey, html);
  }
  return html;
}

/** How many distinct formulas have been typeset so far (for tests and build stats). */
export function typesetCount(): number {
  return cache.size;
}

/** The stylesheet this typesetter's output needs, as it computes it (tests compare it with MATH_CSS). */
export function typesetStyleSheet(): string {
  document.convert('x', { display: true });
  return adaptor.textContent(svg.styleSheet(document) as never);
}
