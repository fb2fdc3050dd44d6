// Shared helpers of the texchat tests: a packet, a manual clock and timers, and waiting.
import { vi } from 'vitest';
import type { Packet, Timers } from '@project-hub/texchat';

/** A valid `here` packet from a fixed peer. */
export const HERE: Packet = {
  type: 'here',
  room: 'lobby',
  from: { id: '0123456789abcdef', name: 'Ada' },
};

/** Lets queued microtasks and one macrotask run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until `check` passes (BroadcastChannel delivers on a later task). */
export const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

/** A clock and interval timers that move only when told to. */
export class ManualTime implements Timers {
  now = 1_700_000_000_000;
  readonly #intervals = new Map<number, { callback: () => void; ms: number; next: number }>();
  #ids = 0;

  setInterval(callback: () => void, ms: number): unknown {
    this.#ids += 1;
    this.#intervals.set(this.#ids, { callback, ms, next: this.now + ms });
    return this.#ids;
  }

  clearInterval(handle: unknown): void {
    this.#intervals.delete(handle as number);
  }

  /** Moves the clock forward, firing intervals that come due on the way. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#intervals.values()].filter((t) => t.next <= end);
      const first = due.sort((a, b) => a.next - b.next)[0];
      if (!first) break;
      this.now = first.next;
      first.next += first.ms;
      first.callback();
    }
    this.now = end;
  }

  get clock(): () => number {
    return () => this.now;
  }
}
