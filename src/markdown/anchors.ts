// The ids a rendered page offers as `#fragment` targets, kept so that links to the page can be
// checked later without its HTML (the build checks links from cached lists).

/** Every `id="…"` in `html`, in order, without duplicates. */
export function anchorsOf(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (match) => match[1]!))];
}
