// URLs under the site's base path, for pages and components (Vite fills in BASE_URL at build).
import { normaliseBase } from './routing.ts';

/** The site's base path with one trailing slash (`BASE_URL` is `/hub` or `/hub/` depending on config). */
export const BASE: string = normaliseBase(import.meta.env.BASE_URL);

/** The URL of a route or asset under the base path: `url('datastore/')` → `/hub/datastore/`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** The URL of the page with content id `id` (`''` or `index` is home). */
export function pageUrl(id: string): string {
  return id && id !== 'index' ? url(`${id}/`) : url();
}
