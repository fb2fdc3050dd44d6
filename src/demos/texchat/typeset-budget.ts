// The typesetting work one message may cost, counted while MathJax parses, across its formulas.

/**
 * The work one message may cost: parser steps (each character, macro, delimiter or environment
 * the TeX parser handles, macro expansions included), MathML nodes created, and milliseconds.
 * A message of 4,000 characters of ordinary TeX takes a few thousand steps and nodes.
 */
export const MESSAGE_BUDGET = { steps: 30_000, nodes: 20_000, ms: 250 } as const;

/** Thrown from inside MathJax's parser when a message has spent its budget. */
export class TypesetBudgetError extends Error {
  override name = 'TypesetBudgetError';
  readonly code = 'ERR_TYPESET_BUDGET';
  constructor(readonly what: 'steps' | 'nodes' | 'ms') {
    super(`this message needs more typesetting work than allowed (${what} budget spent)`);
  }
}

/** How much work one message has spent; `spend` throws once a limit is passed. */
export class TypesetBudget {
  steps = 0;
  nodes = 0;
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
    this.steps += count;
    if (this.steps > this.limits.steps) this.#fail('steps');
    if ((this.steps & 255) === 0 && performance.now() > this.#deadline) this.#fail('ms');
  }

  /** Counts MathML nodes. */
  node(count = 1): void {
    this.nodes += count;
    if (this.nodes > this.limits.nodes) this.#fail('nodes');
  }

  /** Charges the recorded cost of a formula served from the cache. */
  charge(cost: { steps: number; nodes: number }): void {
    this.step(cost.steps);
    this.node(cost.nodes);
  }

  /** Fails when the clock ran out (checked between formulas too). */
  checkTime(): void {
    if (performance.now() > this.#deadline) this.#fail('ms');
  }

  #fail(what: 'steps' | 'nodes' | 'ms'): never {
    this.#exhausted ??= new TypesetBudgetError(what);
    throw this.#exhausted;
  }
}
