// Node-like, deterministic formatting of console arguments, shared by the build and the browser.
import { formatWithSpecifiers } from './_format-specifiers.ts';
import { Inspector, type InspectOptions } from './_inspector.ts';

export type { InspectOptions, PromiseState } from './_inspector.ts';

/** Maximum nesting shown before objects collapse to `[Object]`, as in Node's default depth 2. */
export const MAX_DEPTH = 2;
/** Line width above which collections break over several lines, as Node's `breakLength`. */
export const BREAK_LENGTH = 80;
/** Array and collection entries shown before `... N more items`, as Node's `maxArrayLength`. */
export const MAX_ITEMS = 100;

/**
 * Formats console arguments like Node's `util.format`: printf-style specifiers (%s %d %i %f %j
 * %o %O %c %%) in a first string argument, then the rest, strings as they are, other values
 * inspected, joined by a space. With `maxChars`, stops early once the text is longer than that
 * (the caller cuts it): a huge value costs about `maxChars` of work, not its own size.
 */
export function formatArgs(args: readonly unknown[], options: InspectOptions = {}): string {
  return formatWithSpecifiers(args, options);
}

/** Formats one value like Node's `util.inspect` (a deterministic subset). */
export function formatValue(value: unknown, options: InspectOptions = {}): string {
  return new Inspector(options).inspect(value);
}
