// Edits kept for the tab's session (sessionStorage), so a reload does not lose them; Reset forgets.
// Storage may be unavailable (privacy modes, sandboxed frames) or full: then edits are simply not kept.

const PREFIX = 'run-example:';
/** Longest edit kept, in characters; a larger one is not saved (and not an error). */
const MAX_CHARS = 64 * 1024;

/** The storage key of the example at `index` on the current page. */
function keyOf(index: number): string {
  return `${PREFIX}${location.pathname}#${index}`;
}

/** The saved edit of the example at `index`, if any. */
export function loadEdit(index: number): string | undefined {
  try {
    return sessionStorage.getItem(keyOf(index)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `code` for the example at `index`. */
export function saveEdit(index: number, code: string): void {
  try {
    if (code.length <= MAX_CHARS) sessionStorage.setItem(keyOf(index), code);
  } catch {
    // Full or unavailable: the edit lives until the page closes, as before.
  }
}

/** Forgets the example's edit (Reset). */
export function forgetEdit(index: number): void {
  try {
    sessionStorage.removeItem(keyOf(index));
  } catch {
    // Unavailable: nothing was kept.
  }
}
