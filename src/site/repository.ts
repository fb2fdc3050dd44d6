// The hub's own repository, for the header link and "Edit this page". In GitHub Actions it comes
// from GITHUB_REPOSITORY; elsewhere set HUB_REPOSITORY (a URL). Unknown, the links are left out
// rather than pointing at a guess.

export interface Repository {
  /** `https://github.com/owner/hub` */
  url: string;
  /** The branch pages are edited on. */
  branch: string;
}

/** The repository from the environment, or undefined when the build does not know it. */
export function hubRepository(env: NodeJS.ProcessEnv = process.env): Repository | undefined {
  const branch = env['HUB_BRANCH'] || 'main';
  if (env['HUB_REPOSITORY']) return { url: env['HUB_REPOSITORY'].replace(/\/+$/, ''), branch };
  if (!env['GITHUB_REPOSITORY']) return undefined;
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  return { url: `${server}/${env['GITHUB_REPOSITORY']}`, branch };
}

/** The repository's editor for `file` (a path from the repository root: `content/datastore/index.md`). */
export function editUrl(repository: Repository, file: string): string {
  return `${repository.url}/edit/${repository.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
