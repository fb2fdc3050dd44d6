// The typesetting work one message may cost, counted while MathJax parses, across its formulas.

/**
 * The work one message may cost: parser steps (each character, macro, delimiter or environment
 * the TeX parser handles, macro expansions included), MathML nodes created, and milliseconds of
 * parsing. Nodes bound the SVG output that follows the parse, which costs most (measured in
 * Chromium: about 150 ms for a row of 500 letters, 1 s for 1,500, as MathJax lays out a long
 * row in more than linear time). Ordinary chat math takes tens of nodes per formula.
 */
export const MESSAGE_BUDGET = { steps: 20_000, nodes: 2_000, ms: 150 } as const;
/** The most MathML nodes of one formula; a larger formula shows as its source, with the reason. */
export const MAX_FORMULA_NODES = 1_000;

/** Thrown from inside MathJax's parser when a message has spent its budget. */
export class TypesetBudgetError extends Error {
  override name = 'TypesetBudgetError';
  readonly code = 'ERR_TYPESET_BUDGET';
  constructor(readonly what: 'steps' | 'nodes' | 'ms') {
    super(`this message needs more typesetting work than allowed (${what} budget spent)`);
  }
}

/** Thrown from inside MathJax's parser when one formula has too many nodes (only it fails). */
export class FormulaTooLargeError extends Error {
  override name = 'FormulaTooLargeError';
  constructor() {
    super(`formula too large to show (more than ${MAX_FORMULA_NODES} nodes)`);
  }
}

/** How much work one message has spent; `step` and `node` throw once a limit is passed. */
export class TypesetBudget {
  steps = 0;
  nodes = 0;
  #formulaNodes = 0;
  #counting = true;
  #deadline: number;
  #exhausted: TypesetBudgetError | undefined;

  constructor(readonly limits: { steps: number; nodes: number; ms: number } = MESSAGE_BUDGET) {
    this.#deadline = performance.now() + limits.ms;
  }

  /** The error that ended the message, once the budget is spent. */
  get exhausted(): TypesetBudgetError | undefined {
    return this.#exhausted;
  }

  /** Counts parser steps (and checks the clock every 256 of them). */
  step(count = 1): void {
    if (!this.#counting) return this.#tick(count);
    this.steps += count;
    if (this.steps > this.limits.steps) this.#fail('steps');
    if ((this.steps & 255) === 0 && performance.now() > this.#deadline) this.#fail('ms');
  }

  /** Starts counting the nodes of one formula. */
  beginFormula(): void {
    this.#formulaNodes = 0;
  }

  /** Counts MathML nodes (of the message, and of the current formula). */
  node(count = 1): void {
    this.#formulaNodes += count;
    if (this.#formulaNodes > MAX_FORMULA_NODES) throw new FormulaTooLargeError();
    if (!this.#counting) return;
    this.nodes += count;
    if (this.nodes > this.limits.nodes) this.#fail('nodes');
  }

  /** Charges the recorded cost of a formula served from the cache. */
  charge(cost: { steps: number; nodes: number }): void {
    this.step(cost.steps);
    this.nodes += cost.nodes;
    if (this.nodes > this.limits.nodes) this.#fail('nodes');
  }

  /** Fails when the clock ran out (checked between formulas too). */
  checkTime(): void {
    if (performance.now() > this.#deadline) this.#fail('ms');
  }

  /**
   * Runs work already charged (formulas replayed for their definitions): only the clock counts.
   */
  uncounted<T>(work: () => T): T {
    this.#counting = false;
    try {
      return work();
    } finally {
      this.#counting = true;
    }
  }

  /** Ends the message as a run without the cache did (a spent budget recorded in the cache). */
  exhaust(what: 'steps' | 'nodes' | 'ms'): never {
    this.#fail(what);
  }

  #ticks = 0;
  #tick(count: number): void {
    this.#ticks += count;
    if ((this.#ticks & 255) === 0) this.checkTime();
  }

  #fail(what: 'steps' | 'nodes' | 'ms'): never {
    this.#exhausted ??= new TypesetBudgetError(what);
    throw this.#exhausted;
  }
}
