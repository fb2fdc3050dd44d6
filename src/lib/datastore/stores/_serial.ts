// Internal: runs async read-modify-write steps one at a time, so concurrent calls cannot lose updates.

/** A queue of async tasks run one after another. */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it; its result or rejection is passed through. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
