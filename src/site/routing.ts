// Routes and URLs: content files to ids and kinds, ids to paths under the base path.
import { contentIdOf } from '../markdown/content-id.ts';

export { contentIdOf };

/** What a content file is: the home page, a project's index page, or a further page. */
export type PageKind = 'home' | 'project' | 'page';

export interface ContentPlace {
  id: string;
  kind: PageKind;
  /** The project folder the page belongs to; undefined for home and top-level pages. */
  project?: string;
}

/** Classifies a path relative to content/: `index.md`, `datastore/index.md`, `datastore/api.md`, `architecture.md`. */
export function placeOf(contentPath: string): ContentPlace {
  const id = contentIdOf(contentPath);
  const segments = contentPath.split('/');
  if (contentPath === 'index.md') return { id, kind: 'home' };
  if (segments.length === 1) return { id, kind: 'page' };
  const project = segments[0]!;
  return {
    id,
    kind: segments.length === 2 && segments[1] === 'index.md' ? 'project' : 'page',
    project,
  };
}

/** The base path with one trailing slash: `/` or `/hub/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
