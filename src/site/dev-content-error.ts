// In `astro dev`, a content error that happens after start-up (a file saved with bad frontmatter)
// reaches the browser: it is kept here until the next good load, every page throws it (so Astro
// shows its error overlay with status 500 instead of a stale page), and open pages reload.
//
// The loader runs in Astro's process and the pages in Vite's module runner, so the state lives
// on globalThis under a registered symbol, not in a module variable.
import type { AstroIntegration } from 'astro';

/** The part of Vite's dev server used here: its websocket to the open pages. */
interface ReloadChannel {
  ws: { send(payload: { type: 'full-reload' }): void };
}

interface DevState {
  error?: unknown;
  server?: ReloadChannel;
}

const STATE = Symbol.for('project-hub.dev-content-error');

function state(): DevState {
  const global = globalThis as { [STATE]?: DevState };
  return (global[STATE] ??= {});
}

/** Records the outcome of a content reload in dev: an error, or undefined after a good load. */
export function reportContentReload(error: unknown): void {
  const changed = state().error !== error;
  state().error = error;
  if (changed) state().server?.ws.send({ type: 'full-reload' });
}

/** The content error pages must show, if the last reload failed. */
export function pendingContentError(): unknown {
  return state().error;
}

/** The integration that gives the loader the dev server, to reload open pages. */
export function devContentErrors(): AstroIntegration {
  return {
    name: 'hub-dev-content-errors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        state().server = server;
      },
    },
  };
}
