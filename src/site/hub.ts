// The hub's own repository: where issues about the ports go (the originals' stay with jbenet's).

/**
 * Used when the build is not told otherwise. The deploy workflow sets `HUB_REPOSITORY` to the
 * repository it runs in (`${{ github.server_url }}/${{ github.repository }}`), so the live site
 * always links to its own home; this default only serves local builds.
 */
export const DEFAULT_HUB_REPOSITORY = 'https://github.com/project-hub/hub';

/** The repository `hub:issues` links point into. */
export function hubRepository(env: NodeJS.ProcessEnv = process.env): string {
  return env['HUB_REPOSITORY'] || DEFAULT_HUB_REPOSITORY;
}
