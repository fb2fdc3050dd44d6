// Bounds on what one run may print, in UTF-8 bytes, applied in the worker before anything is posted
// to the page. Built from functions captured when this module loads, so example code that patches
// String.prototype or TextEncoder afterwards cannot lift the bounds.
import { OUTPUT_LIMITS, type LogEntry, type OutputLimits } from './protocol.ts';

export { OUTPUT_LIMITS, type OutputLimits };

/** Counts a run's output and cuts it to its limits; notices (level `note`) say what was cut. */
export class LogBudget {
  private bytes = 0;
  private count = 0;
  private closed = false;
  private readonly scratch: Uint8Array<ArrayBuffer>;

  constructor(private readonly limits: Readonly<OutputLimits> = OUTPUT_LIMITS) {
    this.scratch = new Uint8Array(limits.entryBytes);
  }

  /** How many characters the next entry may use; 0 once the output is closed (skip formatting). */
  get room(): number {
    return this.closed ? 0 : Math.min(this.limits.entryBytes, this.limits.runBytes - this.bytes);
  }

  /** The entries to post for one console entry: none once closed; the entry cut, then a notice. */
  take(entry: LogEntry): LogEntry[] {
    if (this.closed) return [];
    if (this.count >= this.limits.entries) {
      return this.close(`more than ${this.limits.entries} lines`);
    }
    const room = this.room;
    const { text, bytes, cut } = cutToBytes(entry.text, room, this.scratch);
    this.bytes += bytes;
    this.count += 1;
    const kept: LogEntry = { level: entry.level, text };
    if (!cut) return [kept];
    if (room < this.limits.entryBytes || this.bytes >= this.limits.runBytes) {
      return [kept, ...this.close(`more than ${kib(this.limits.runBytes)}`)];
    }
    return [kept, note(`… output truncated: this line was longer than ${kib(room)}.`)];
  }

  private close(reason: string): LogEntry[] {
    this.closed = true;
    return [note(`… output truncated: the example printed ${reason}; the rest is not shown.`)];
  }
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8 (never half a surrogate pair). */
export function cutToBytes(
  text: string,
  maxBytes: number,
  scratch: Uint8Array<ArrayBuffer> = new Uint8Array(maxBytes),
): { text: string; bytes: number; cut: boolean } {
  const { read, written } = encodeInto(text, subarray(scratch, 0, maxBytes));
  if (read === text.length) return { text, bytes: written, cut: false };
  return { text: stringSlice(text, 0, read), bytes: written, cut: true };
}

/** `text` cut to `maxChars`, or '' when it is not a string (for fields of a reported error). */
export function clampText(text: unknown, maxChars: number): string {
  return typeof text === 'string'
    ? text.length > maxChars
      ? stringSlice(text, 0, maxChars)
      : text
    : '';
}

// --- Internal helpers ---

// Captured at load: the bounds must not depend on prototypes example code can replace.
const uncurry =
  <T, A extends unknown[], R>(fn: (this: T, ...args: A) => R) =>
  (self: T, ...args: A): R =>
    applyFn(fn, self, args);
const applyFn = Reflect.apply as <T, A extends unknown[], R>(
  fn: (this: T, ...args: A) => R,
  self: T,
  args: A,
) => R;
const encoder = new TextEncoder();
const encodeIntoBound = TextEncoder.prototype.encodeInto.bind(encoder);
const encodeInto = (text: string, into: Uint8Array) => {
  const { read = 0, written = 0 } = encodeIntoBound(text, into);
  return { read, written };
};
const stringSlice = uncurry(String.prototype.slice);
const subarray = uncurry(Uint8Array.prototype.subarray) as (
  self: Uint8Array,
  start: number,
  end: number,
) => Uint8Array;

function note(text: string): LogEntry {
  return { level: 'note', text };
}

function kib(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
