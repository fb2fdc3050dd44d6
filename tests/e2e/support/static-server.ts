// A static file server that behaves like GitHub Pages for a project site under a base path.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Default 0: a free port. */
  port?: number;
  host?: string;
}

/** Serves `root` at `http://127.0.0.1:<port><base>`; unknown paths get 404.html with status 404. */
export async function startStaticServer(
  root: string,
  base: string,
  { port = 0, host = '127.0.0.1' }: ListenOptions = {},
): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = pathname.startsWith(base)
      ? await resolveFile(root, pathname.slice(base.length))
      : undefined;
    if (file) {
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(await readFile(file));
      return;
    }
    // GitHub Pages redirects a directory without its slash; everything else gets 404.html.
    const slashed = pathname + '/';
    if (
      !pathname.endsWith('/') &&
      slashed.startsWith(base) &&
      (await resolveFile(root, slashed.slice(base.length)))
    ) {
      res.writeHead(301, { location: slashed + new URL(req.url ?? '/', 'http://x').search });
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
    res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address() as { port: number };
  return { url: `http://${host}:${address.port}${base}`, close: () => closeServer(server) };
}

/** A file for the path: `a/` or `` is a folder's index.html, `a.js` a file; `a` alone is neither. */
async function resolveFile(root: string, relative: string): Promise<string | undefined> {
  const safe = normalize('/' + relative).slice(1);
  if (safe.split('/').includes('..')) return undefined;
  const folder = relative === '' || relative.endsWith('/');
  const candidate = folder ? join(root, safe, 'index.html') : join(root, safe);
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}
