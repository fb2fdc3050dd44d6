// TeX → SVG in the browser with mathjax-full: one fresh TeX input per message, safe links only.
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { browserAdaptor } from 'mathjax-full/js/adaptors/browserAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AssistiveMmlHandler } from 'mathjax-full/js/a11y/assistive-mml.js';
import { SafeHandler } from 'mathjax-full/js/ui/safe/SafeHandler.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/newcommand/NewcommandConfiguration.js';
import 'mathjax-full/js/input/tex/html/HtmlConfiguration.js';
import 'mathjax-full/js/input/tex/color/ColorConfiguration.js';
import 'mathjax-full/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import 'mathjax-full/js/input/tex/braket/BraketConfiguration.js';
import 'mathjax-full/js/input/tex/cancel/CancelConfiguration.js';
import 'mathjax-full/js/input/tex/upgreek/UpgreekConfiguration.js';
import { safeUrl, sanitizeMathNode } from './sanitize.ts';

// No `unicode` (arbitrary glyphs and fonts), `require`/`autoload` (loading code), `bbox` (styles)
// or `noundefined`/`noerrors` (we want errors, shown per formula).
const PACKAGES = [
  'base',
  'ams',
  'newcommand',
  'html',
  'color',
  'boldsymbol',
  'braket',
  'cancel',
  'upgreek',
];

/** The widest and tallest formula shown, in ex; `\rule{1000em}{1000em}` is refused. */
export const MAX_FORMULA_EX = { width: 600, height: 120 };

/** Typesets the formulas of one message; macros it defines die with it. */
export interface MessageTypesetter {
  /** An element with the formula, or an inline error for this formula alone. */
  formula(tex: string, display: boolean): HTMLElement;
}

/** Creates typesetters; the MathJax setup (fonts, handlers) is shared, the TeX input is not. */
export class TexRenderer {
  readonly #adaptor = browserAdaptor();
  readonly #svg = new SVG({ fontCache: 'none' });

  constructor() {
    AssistiveMmlHandler(SafeHandler(RegisterHTMLHandler(this.#adaptor)));
  }

  /**
   * A typesetter with a fresh TeX input jax, so `\newcommand`, `\def` and `\definecolor` in one
   * message cannot change the next one.
   */
  beginMessage(): MessageTypesetter {
    const tex = new TeX({
      packages: PACKAGES,
      maxMacros: 1000,
      maxBuffer: 5 * 1024,
      formatError: (_jax: unknown, error: Error) => {
        throw error;
      },
    });
    const doc = mathjax.document(document, {
      InputJax: tex,
      OutputJax: this.#svg,
      safeOptions: { safeProtocols: { http: true, https: true, mailto: true, file: false } },
    });
    // The stock filter lets relative URLs and `java\nscript:` through; ours is stricter.
    const safe = (doc as unknown as { safe: { filterMethods: Record<string, unknown> } }).safe;
    safe.filterMethods['filterURL'] = (_safe: unknown, url: string) => safeUrl(url) ?? null;
    return { formula: (source, display) => this.#formula(doc, source, display) };
  }

  /** The CSS MathJax's SVG output and its hidden MathML copy need (text, not markup). */
  styleSheet(): string {
    const doc = mathjax.document(document, {
      InputJax: new TeX({ packages: ['base'] }),
      OutputJax: this.#svg,
    });
    return this.#adaptor.textContent(this.#svg.styleSheet(doc) as HTMLElement);
  }

  #formula(doc: { convert(tex: string, options: object): unknown }, tex: string, display: boolean) {
    try {
      const node = doc.convert(tex, { display }) as HTMLElement;
      checkSize(node);
      sanitizeMathNode(node);
      return node;
    } catch (error) {
      return errorElement(tex, error);
    }
  }
}

// --- Internal helpers ---

function checkSize(node: HTMLElement): void {
  const svg = node.querySelector('svg');
  const ex = (name: string) => parseFloat(svg?.getAttribute(name) ?? '0') || 0;
  if (ex('width') > MAX_FORMULA_EX.width || ex('height') > MAX_FORMULA_EX.height) {
    throw new Error('formula too large to show');
  }
}

/** MathJax's TexError is not an Error, but has a message; never "[object Object]". */
function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : String(error);
}

function errorElement(tex: string, error: unknown): HTMLElement {
  const span = document.createElement('span');
  span.className = 'tc-tex-error';
  const reason = errorMessage(error);
  span.textContent = tex;
  span.title = `TeX error: ${reason}`;
  const note = document.createElement('span');
  note.className = 'tc-visually-hidden';
  note.textContent = ` (TeX error: ${reason})`;
  span.append(note);
  return span;
}
