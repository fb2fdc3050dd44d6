// `npm run preview`: serves dist/ as GitHub Pages does — under BASE_PATH, `/datastore` redirected
// to `/datastore/`, 404.html for what is missing. (`astro preview` answers 404 without the slash
// and takes no Vite plugin that could redirect.) Options: --port <n> (default 4321), --host <h>.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseBase } from '../src/site/routing.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const dist = resolve(option('outDir') ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`[preview] ${dist} holds no built site: run \`npm run build\` first.`);
  process.exit(2);
}
const server = await startStaticServer(dist, normaliseBase(process.env['BASE_PATH'] ?? '/'), {
  port: Number(option('port') ?? 4321),
  host: option('host') ?? '127.0.0.1',
});
console.log(`Serving ${dist} at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.close().then(() => process.exit(0)));
