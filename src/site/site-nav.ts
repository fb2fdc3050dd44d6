// The site's navigation, built from the `docs` collection once per build (and afresh on every
// request in dev, where the content changes under the server).
import { getCollection } from 'astro:content';
import { buildNavIndex, type NavIndex } from './nav-index.ts';

let built: Promise<NavIndex> | undefined;

/** The navigation index of the whole site. */
export function siteNav(): Promise<NavIndex> {
  if (import.meta.env.DEV) return load();
  return (built ??= load());
}

async function load(): Promise<NavIndex> {
  return buildNavIndex(await getCollection('docs'));
}
