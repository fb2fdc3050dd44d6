// robots.txt: everything may be crawled; the sitemap lives under the base path.
import type { APIRoute } from 'astro';
import { url } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(url('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
