// A static file server that behaves like GitHub Pages for a project site under a base path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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
/** What GitHub Pages gzips for a client that accepts it: text, not images or WebAssembly. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

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
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      send(req, res, 200, type, await readFile(file));
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
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    send(req, res, 404, CONTENT_TYPES['.html']!, notFound);
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address() as { port: number };
  return { url: `http://${host}:${address.port}${base}`, close: () => closeServer(server) };
}

/** Answers with `body`, gzipped as GitHub Pages does when the client accepts it (Lighthouse's
 * simulated phone downloads what travels: 70 KB of /dronestore/ HTML is 12 KB gzipped). */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
): void {
  const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'content-type': type,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? gzipSync(body) : body);
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
