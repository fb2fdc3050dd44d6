// Content ids: the route-shaped name of a content file, shared by links and pages.

/** `datastore/index.md` → `datastore`, `datastore/api.md` → `datastore/api`, `index.md` → `''`. */
export function contentIdOf(contentPath: string): string {
  return contentPath.replace(/\.md$/, '').replace(/(^|\/)index$/, '');
}
