// Counts what a snapshot has taken against SNAPSHOT_LIMITS, so the worker stops at the bounds.
import { SNAPSHOT_LIMITS } from './snapshot.ts';

/** How long reading all stores may take; a store that answers slowly is shown as cut. */
const READ_MS = 500;

export class SnapshotBudget {
  truncated = false;
  private stores = 0;
  private entries = 0;
  private chars = 0;
  private readonly deadline = Date.now() + READ_MS;

  /** Counts one more store; false (and truncated) when the snapshot is full. */
  takeStore(): boolean {
    return this.take(this.stores < SNAPSHOT_LIMITS.stores, () => (this.stores += 1));
  }

  /** Counts one entry of `texts`; false (and truncated) when it would not fit. */
  takeEntry(...texts: string[]): boolean {
    const size = texts.reduce((sum, text) => sum + text.length, 0);
    const fits =
      this.entries < SNAPSHOT_LIMITS.entries && this.chars + size <= SNAPSHOT_LIMITS.totalChars;
    return this.take(fits, () => ((this.entries += 1), (this.chars += size)));
  }

  /** Counts names and notes, which are short; false when they would not fit. */
  takeText(...texts: string[]): boolean {
    const size = texts.reduce((sum, text) => sum + text.length, 0);
    return this.take(this.chars + size <= SNAPSHOT_LIMITS.totalChars, () => (this.chars += size));
  }

  /** Milliseconds left for reading stores. */
  get timeLeft(): number {
    return this.deadline - Date.now();
  }

  private take(fits: boolean, count: () => void): boolean {
    if (!fits) {
      this.truncated = true;
      return false;
    }
    count();
    return true;
  }
}

/** `text`, cut to the longest formatted key or value a snapshot keeps. */
export function cut(text: string): string {
  const max = SNAPSHOT_LIMITS.valueChars;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
