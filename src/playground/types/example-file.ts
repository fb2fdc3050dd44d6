// One example as the type service sees it: hidden setup, a newline, the visible code, then the
// module marker. The editor shows only the visible code, so positions are moved across the setup.
import { MODULE_MARKER } from './compiler-options.ts';

/** A visible range, in editor positions. */
export interface VisibleRange {
  from: number;
  to: number;
}

/** Maps positions between the editor (visible code) and the service's file (setup + code). */
export class ExampleFile {
  /** The hidden setup and its newline, before the visible code. */
  private readonly prefix: string;
  private codeLength = 0;

  constructor(
    /** The file's path in the service's virtual file system. */
    readonly path: string,
    setup: string | undefined,
  ) {
    this.prefix = setup ? `${setup}\n` : '';
  }

  /** The file's whole text for `code`, the visible code. */
  serviceText(code: string): string {
    this.codeLength = code.length;
    return `${this.prefix}${code}${MODULE_MARKER}`;
  }

  /** An editor position as a position in the file. */
  toService(pos: number): number {
    return pos + this.prefix.length;
  }

  /** A position in the file as an editor position, clamped to the visible code. */
  toVisible(pos: number): number {
    return Math.min(Math.max(pos - this.prefix.length, 0), this.codeLength);
  }

  /** A range of the file in editor positions, or undefined when it starts outside the visible code
   * (in the setup, which the build has checked, or in the marker). */
  toVisibleRange(from: number, to: number): VisibleRange | undefined {
    const start = from - this.prefix.length;
    if (start < 0 || start > this.codeLength) return undefined;
    return { from: start, to: Math.min(Math.max(to - this.prefix.length, start), this.codeLength) };
  }
}
