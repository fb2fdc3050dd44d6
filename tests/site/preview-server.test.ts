// `npm run preview` and the e2e tests serve the build as GitHub Pages does (issue 14: trailing slashes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server.ts';

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preview-'));
  mkdirSync(join(root, 'datastore'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'datastore/index.html'), 'datastore');
  writeFileSync(join(root, '404.html'), 'missing');
  server = await startStaticServer(root, '/hub/');
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('the preview server', () => {
  it('redirects a folder without its slash, keeping the query', async () => {
    const response = await get('/hub/datastore?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/hub/datastore/?x=1');
    expect((await get('/hub')).headers.get('location')).toBe('/hub/');
  });

  it('serves folders with their slash and answers 404.html for the rest', async () => {
    expect(await (await get('/hub/datastore/')).text()).toBe('datastore');
    const missing = await get('/hub/nothing');
    expect([missing.status, await missing.text()]).toEqual([404, 'missing']);
  });

  it('gzips text for a client that accepts it, as GitHub Pages does, and not for one that does not', async () => {
    const gzipped = await raw('/hub/datastore/', 'gzip, deflate');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe('datastore');
    const plain = await raw('/hub/datastore/', undefined);
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([
      undefined,
      'datastore',
    ]);
    const missing = await raw('/hub/nothing', 'gzip');
    expect([missing.status, gunzipSync(missing.body).toString()]).toEqual([404, 'missing']);
  });
});

/** A GET with exactly the accept-encoding given (fetch would add and undo its own). */
function raw(path: string, acceptEncoding: string | undefined) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      request(new URL(path, server.url), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}
