// The hub's repository as the page furniture uses it: the header and footer links and "Edit this
// page". The URL is src/site/hub.ts's (HUB_REPOSITORY, set by the deploy workflow); the branch
// pages are edited on is HUB_BRANCH, default `main`.
import { hubRepository as hubRepositoryUrl } from './hub.ts';

export interface Repository {
  /** `https://github.com/owner/hub` */
  url: string;
  /** The branch pages are edited on. */
  branch: string;
}

/** The repository and branch from the environment. */
export function hubRepository(env: NodeJS.ProcessEnv = process.env): Repository {
  return { url: hubRepositoryUrl(env).replace(/\/+$/, ''), branch: env['HUB_BRANCH'] || 'main' };
}

/** The repository's editor for `file` (a path from the repository root: `content/datastore/index.md`). */
export function editUrl(repository: Repository, file: string): string {
  return `${repository.url}/edit/${repository.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
