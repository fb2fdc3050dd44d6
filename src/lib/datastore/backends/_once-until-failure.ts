// Internal: an asynchronous set-up (create a root folder, init a repository, open a database) run
// once and shared by every call; an attempt that fails is forgotten, so the next call tries again
// (a read-only parent fixed, a database unblocked) instead of failing for the store's lifetime.

/** Runs `start` on first use and shares its promise until it rejects. */
export class OnceUntilFailure<T> {
  #attempt: Promise<T> | undefined;

  constructor(private readonly start: () => Promise<T>) {}

  /** The shared attempt: the one in progress or done, else a new one. */
  run(): Promise<T> {
    if (this.#attempt) return this.#attempt;
    const attempt = this.start();
    this.#attempt = attempt;
    attempt.catch(() => {
      if (this.#attempt === attempt) this.#attempt = undefined;
    });
    return attempt;
  }

  /** The attempt in progress or done, if any, without starting one (to close what it opened). */
  get started(): Promise<T> | undefined {
    return this.#attempt;
  }
}
