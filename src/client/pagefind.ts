// Pagefind's browser API, typed for what the search dialog uses, loaded from the site itself
// (under the base path, no CDN: search works offline once the page is there).

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  /** HTML: the text around the match, with <mark> around the matched words. */
  excerpt: string;
  meta: { title?: string; project?: string };
  sub_results: PagefindSubResult[];
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Imports `/…/pagefind/pagefind.js` and points its result URLs at `baseUrl`. */
export async function loadPagefind(scriptUrl: string, baseUrl: string): Promise<Pagefind> {
  // Not a module of the build: Pagefind writes it after Astro has bundled the site.
  const pagefind = (await import(/* @vite-ignore */ scriptUrl)) as Pagefind;
  await pagefind.options({ baseUrl, excerptLength: 20 });
  await pagefind.init();
  return pagefind;
}
