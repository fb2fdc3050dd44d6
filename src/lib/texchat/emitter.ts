// A minimal typed event emitter for the chat client.

/** Subscribes and emits events whose payloads are described by `Events`. */
export class Emitter<Events extends Record<string, unknown>> {
  readonly #handlers = new Map<keyof Events, Set<(payload: never) => void>>();

  /** Calls `handler` on each `event`; returns the function that stops it. */
  on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): () => void {
    const set = this.#handlers.get(event) ?? new Set();
    this.#handlers.set(event, set);
    set.add(handler as (payload: never) => void);
    return () => set.delete(handler as (payload: never) => void);
  }

  /** Calls every handler of `event` with `payload`. */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    for (const handler of [...(this.#handlers.get(event) ?? [])]) {
      (handler as (payload: Events[E]) => void)(payload);
    }
  }

  /** Removes every handler. */
  clear(): void {
    this.#handlers.clear();
  }
}
