// `/datastore` → 301 `/datastore/` in `astro dev` and `astro preview`, as GitHub Pages redirects a
// folder without its slash (with `trailingSlash: 'always'` Astro alone answers 404).
import type { Connect, Plugin } from 'vite';

/** The redirect target for a request path, or undefined when it is served as it is. */
export function slashRedirectTarget(pathname: string, base: string): string | undefined {
  if (pathname.endsWith('/')) return undefined;
  if (!(pathname + '/').startsWith(base)) return undefined;
  // Vite's and Astro's own routes (/@vite/client, /@fs/…, /__astro…) and files (a dot in the
  // last segment) are left alone.
  if (/\/(@|__)|\/node_modules\//.test(pathname)) return undefined;
  if (pathname.slice(pathname.lastIndexOf('/') + 1).includes('.')) return undefined;
  return pathname + '/';
}

/** The Vite plugin: one middleware, first in line, for both servers. */
export function trailingSlashRedirect(): Plugin {
  let base = '/';
  const redirect: Connect.NextHandleFunction = (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const target = slashRedirectTarget(url.pathname, base);
    if (!target || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    response.writeHead(301, { location: target + url.search });
    response.end();
  };
  return {
    name: 'hub-trailing-slash',
    enforce: 'pre',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    },
    configureServer(server) {
      // Astro puts its own trailing-slash check (a 404 page) at the front of the stack after the
      // plugins are configured; once the server listens, the redirect goes in front of it.
      const first = () => server.middlewares.stack.unshift({ route: '', handle: redirect });
      if (server.httpServer) server.httpServer.once('listening', first);
      else first();
    },
    configurePreviewServer(server) {
      server.middlewares.use(redirect);
    },
  };
}
