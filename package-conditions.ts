// The workspace packages (src/lib/*) export their TypeScript sources under a custom condition, and
// their built dist/ under `types`/`default`. Every tool of the repository resolves the sources, so
// `npm install && npm run build` works on a fresh clone without building the packages first;
// readers who install a tarball get dist/. tsconfig.json lists the same name in customConditions.
import type { Plugin } from 'vite';

export const SOURCE_CONDITION = '@project-hub/source';

// Vite's defaults, for an environment whose conditions nobody has set yet.
const CLIENT_DEFAULTS = ['module', 'browser', 'development|production'];
const SERVER_DEFAULTS = ['module', 'node', 'development|production'];

/** Puts the source condition first in every Vite environment (client, SSR, Astro's prerender,
 * vitest's), keeping each environment's own conditions after it. */
export function sourceCondition(): Plugin {
  return {
    name: 'project-hub:source-condition',
    configEnvironment(name, config) {
      const resolve = (config.resolve ??= {});
      const client = config.consumer === 'client' || name === 'client';
      const conditions = resolve.conditions ?? (client ? CLIENT_DEFAULTS : SERVER_DEFAULTS);
      if (!conditions.includes(SOURCE_CONDITION))
        resolve.conditions = [SOURCE_CONDITION, ...conditions];
      const external = resolve.externalConditions ?? [];
      if (!external.includes(SOURCE_CONDITION))
        resolve.externalConditions = [SOURCE_CONDITION, ...external];
    },
  };
}
