// The CSS MathJax's SVG output needs (centring display math, hiding the MathML copy), on its own:
// pages import this, not the TeX pipeline, so rendering a page never loads the TeX input (about a
// second of start-up). The stylesheet depends only on the SVG output and its options, which must
// stay those of mathjax.ts (a test compares the two).
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { HTMLHandler } from 'mathjax-full/js/handlers/html/HTMLHandler.js';
import { AssistiveMmlHandler } from 'mathjax-full/js/a11y/assistive-mml.js';

/** The SVG output options, shared with mathjax.ts: fontCache 'none' gzips smaller than 'local'. */
export const SVG_OPTIONS = { fontCache: 'none' } as const;

export const MATH_CSS: string = (() => {
  const adaptor = liteAdaptor();
  // The same handler as mathjax.ts (HTML with the assistive MathML copy, whose CSS is part of the
  // sheet), created without registering it: MathJax's handler registry is global.
  const handler = AssistiveMmlHandler(new HTMLHandler(adaptor));
  const svg = new SVG(SVG_OPTIONS);
  const document = handler.create('', { OutputJax: svg });
  return adaptor.textContent(svg.styleSheet(document as never) as never);
})();
