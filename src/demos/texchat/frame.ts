// Batching of redraws: many changes within one frame cost one redraw.

/** How long a redraw waits at most when animation frames do not come (a background tab). */
export const FRAME_FALLBACK_MS = 250;

/**
 * Calls `draw` once on the next animation frame (or after FRAME_FALLBACK_MS, whichever is first),
 * however often `request` is called before then.
 * @example const redraw = throttleToFrame(() => list.render()); redraw(); redraw() // one render
 */
export function throttleToFrame(draw: () => void): () => void {
  let pending = false;
  const run = () => {
    if (!pending) return;
    pending = false;
    draw();
  };
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(run);
    setTimeout(run, FRAME_FALLBACK_MS);
  };
}
