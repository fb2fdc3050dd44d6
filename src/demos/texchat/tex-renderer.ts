// TeX → SVG in the browser with mathjax-full: one fresh TeX input per message, safe links only,
// a work budget per message counted inside the parser, and a cache of typeset formulas.
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
import { FormulaCache, type CachedFormula } from './formula-cache.ts';
import { safeUrl, sanitizeMathNode } from './sanitize.ts';
import { TypesetBudget, TypesetBudgetError } from './typeset-budget.ts';

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

// A formula that can change what later formulas of its message mean: definitions and labels.
// (MathJax has no \csname, so a definition always names one of these in some formula's source.)
const STATEFUL =
  /\\(?:[gex]?def|let|(?:re)?new(?:command|environment)|DeclareMathOperator|definecolor|label|tag|global)(?![A-Za-z])/;
const PARSE_KINDS = ['character', 'delimiter', 'macro', 'environment'];

/** Typesets the formulas of one message; macros it defines die with it. */
export interface MessageTypesetter {
  /** An element with the formula, or an inline error for this formula alone. */
  formula(tex: string, display: boolean): HTMLElement;
  /** The work spent so far; `budget.exhausted` once the message went over its budget. */
  readonly budget: TypesetBudget;
}

type ConvertingDocument = { convert(tex: string, options: object): unknown };

/** Creates typesetters; the MathJax setup (fonts, handlers) and the cache are shared. */
export class TexRenderer {
  readonly #adaptor = browserAdaptor();
  readonly #svg = new SVG({ fontCache: 'none' });
  readonly cache = new FormulaCache();
  // Formulas that cannot define anything share one document (no TeX setup per message).
  #shared: { doc: ConvertingDocument; budget: { current: TypesetBudget } } | undefined;

  constructor() {
    AssistiveMmlHandler(SafeHandler(RegisterHTMLHandler(this.#adaptor)));
  }

  /**
   * A typesetter with its own budget; it creates a fresh TeX input jax (only if some formula is
   * not in the cache), so `\newcommand`, `\def` and `\definecolor` in one message cannot change
   * the next one.
   */
  beginMessage(budget = new TypesetBudget()): MessageTypesetter {
    return new MessageRun(this, budget);
  }

  /**
   * The document for formulas that define nothing (no definition, label or tag in their source),
   * shared by all messages, now spending `budget`.
   */
  sharedDocument(budget: TypesetBudget): ConvertingDocument {
    const shared = (this.#shared ??= this.#createShared());
    shared.budget.current = budget;
    return shared.doc;
  }

  #createShared() {
    const budget = { current: new TypesetBudget() };
    const relay = new Proxy(budget.current, {
      get: (_target, name) => {
        const value = Reflect.get(budget.current, name, budget.current) as unknown;
        return typeof value === 'function' ? value.bind(budget.current) : value;
      },
    });
    return { doc: this.createDocument(relay), budget };
  }

  /** A MathJax document whose TeX parser spends `budget` on every step and node. */
  createDocument(budget: TypesetBudget): ConvertingDocument {
    const tex = new TeX({
      packages: PACKAGES,
      maxMacros: 1000,
      maxBuffer: 5 * 1024,
      formatError: (_jax: unknown, error: Error) => {
        throw error;
      },
    });
    meter(tex, budget);
    const doc = mathjax.document(document, {
      InputJax: tex,
      OutputJax: this.#svg,
      safeOptions: { safeProtocols: { http: true, https: true, mailto: true, file: false } },
    });
    // The stock filter lets relative URLs and `java\nscript:` through; ours is stricter.
    const safe = (doc as unknown as { safe: { filterMethods: Record<string, unknown> } }).safe;
    safe.filterMethods['filterURL'] = (_safe: unknown, url: string) => safeUrl(url) ?? null;
    return doc;
  }

  /** The CSS MathJax's SVG output and its hidden MathML copy need (text, not markup). */
  styleSheet(): string {
    const doc = mathjax.document(document, {
      InputJax: new TeX({ packages: ['base'] }),
      OutputJax: this.#svg,
    });
    return this.#adaptor.textContent(this.#svg.styleSheet(doc) as HTMLElement);
  }
}

/**
 * The inline error of a formula: its source as text, the reason in a tooltip and for screen
 * readers.
 */
export function errorElement(tex: string, reason: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'tc-tex-error';
  span.textContent = tex;
  span.title = `TeX error: ${reason}`;
  const note = document.createElement('span');
  note.className = 'tc-visually-hidden';
  note.textContent = ` (TeX error: ${reason})`;
  span.append(note);
  return span;
}

// --- Internal helpers ---

/**
 * One message's formulas. A formula is looked up in the cache by its source and, once a formula
 * of the message could define something, by the sources of the formulas since then; a hit is
 * charged its recorded cost. Definitions skipped by hits are replayed before the next miss.
 */
class MessageRun implements MessageTypesetter {
  #doc: ConvertingDocument | undefined;
  #chain: string | undefined;
  #replay: { tex: string; display: boolean }[] = [];

  constructor(
    readonly renderer: TexRenderer,
    readonly budget: TypesetBudget,
  ) {}

  formula(tex: string, display: boolean): HTMLElement {
    const mode = display ? 'D' : 'I';
    if (this.#chain === undefined && STATEFUL.test(tex)) this.#chain = '';
    const key = `${this.#chain ?? ''}\u0000${mode}${tex}`;
    if (this.#chain !== undefined) this.#chain = key;
    try {
      if (this.budget.exhausted) throw this.budget.exhausted;
      const entry = this.#lookup(key, tex, display);
      return entry.node
        ? (entry.node.cloneNode(true) as HTMLElement)
        : errorElement(tex, entry.error);
    } catch (error) {
      if (error instanceof TypesetBudgetError) return errorElement(tex, error.message);
      throw error;
    }
  }

  #lookup(key: string, tex: string, display: boolean): CachedFormula {
    const cache = this.renderer.cache;
    const cached = cache.get(key);
    if (cached) {
      this.budget.checkTime();
      this.budget.charge(cached.cost);
      if (this.#chain !== undefined) this.#replay.push({ tex, display });
      return cached;
    }
    const spentKey = `${key}\u0001${this.budget.steps},${this.budget.nodes}`;
    const spent = cache.get(spentKey)?.spent;
    if (spent) this.budget.exhaust(spent);
    // Until a formula could define something, the shared document serves; from then on, this
    // message's own document, so its definitions die with it.
    const doc =
      this.#chain === undefined
        ? this.renderer.sharedDocument(this.budget)
        : (this.#doc ??= this.renderer.createDocument(this.budget));
    // Formulas served from the cache since the chain began define what this one may use.
    for (const skipped of this.#replay.splice(0)) {
      this.budget.uncounted(() => convert(doc, skipped.tex, skipped.display, this.budget));
    }
    try {
      const entry = typeset(doc, tex, display, this.budget);
      cache.set(key, entry);
      return entry;
    } catch (error) {
      // Remembered even when the clock ran out, so that the preview, both panes and a later
      // rendering of the same message agree, and none of them pays for it again.
      if (error instanceof TypesetBudgetError) {
        cache.set(spentKey, {
          error: error.message,
          cost: { steps: 0, nodes: 0 },
          spent: error.what,
        });
      }
      throw error;
    }
  }
}

/** Counts every parser step and MathML node of `tex` against `budget`, as they happen. */
function meter(tex: TeX<unknown, unknown, unknown>, budget: TypesetBudget): void {
  const options = tex.parseOptions as unknown as {
    handlers: { get(kind: string): { parse(input: unknown): unknown } | undefined };
    nodeFactory: { create(...args: unknown[]): unknown };
  };
  for (const kind of PARSE_KINDS) {
    const handler = options.handlers.get(kind);
    if (!handler) continue;
    const parse = handler.parse.bind(handler);
    handler.parse = (input) => (budget.step(), parse(input));
  }
  const factory = options.nodeFactory;
  const create = factory.create.bind(factory);
  factory.create = (...args) => (budget.node(), create(...args));
}

/** Typesets one formula; a TeX error (not a spent budget) becomes a cached error entry. */
function typeset(
  doc: ConvertingDocument,
  tex: string,
  display: boolean,
  budget: TypesetBudget,
): CachedFormula {
  const before = { steps: budget.steps, nodes: budget.nodes };
  const cost = () => ({ steps: budget.steps - before.steps, nodes: budget.nodes - before.nodes });
  budget.beginFormula();
  // Counted by the tests and the benchmark: a formula served from the cache makes no mark.
  performance.mark('texchat-formula');
  try {
    const node = doc.convert(tex, { display }) as HTMLElement;
    checkSize(node);
    sanitizeMathNode(node);
    return { node, cost: cost(), error: '' };
  } catch (error) {
    if (error instanceof TypesetBudgetError) throw error;
    return { cost: cost(), error: errorMessage(error) };
  }
}

/** Converts a formula only for the definitions it makes (a replay); its errors do not matter. */
function convert(
  doc: ConvertingDocument,
  tex: string,
  display: boolean,
  budget: TypesetBudget,
): void {
  budget.beginFormula();
  try {
    doc.convert(tex, { display });
  } catch (error) {
    if (error instanceof TypesetBudgetError) throw error; // a formula error does not matter here
  }
}

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
