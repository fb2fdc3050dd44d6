// `npm run dev` is one process tree: SIGTERM to npm stops Astro too, so no server is left behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

/** A port nothing listens on now: the OS picks it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return false;
}

describe('npm run dev', () => {
  it('stops serving when its npm process gets SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    // Its own process group, so that the test can clean up even when the fix under test is broken.
    const npm = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      stdio: 'ignore',
      detached: true,
    });
    try {
      expect(await waitFor(() => answers(url), 120_000)).toBe(true);
      npm.kill('SIGTERM');
      expect(await waitFor(async () => !(await answers(url)), 10_000)).toBe(true);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // The group is gone already: nothing was left behind.
      }
    }
  }, 150_000);

  it('runs dev and preview with exec, so that SIGTERM reaches the server itself', () => {
    // npm sends the signal to its child; `exec` makes that child the server instead of a shell.
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['dev']).toMatch(/^exec astro dev/);
    // Preview serves dist/ as GitHub Pages does (issue 14), in one node process (no tsx wrapper).
    expect(scripts['preview']).toMatch(/^exec node --import tsx scripts\/preview\.ts/);
  });

  it('stops previewing when its npm process gets SIGTERM', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'preview-dist-'));
    writeFileSync(join(dist, 'index.html'), 'home');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const npm = spawn('npm', ['run', 'preview', '--', '--outDir', dist, '--port', String(port)], {
      stdio: 'ignore',
      env: { ...process.env, BASE_PATH: '/' },
    });
    try {
      expect(await waitFor(() => answers(url), 30_000)).toBe(true);
      npm.kill('SIGTERM');
      expect(await waitFor(async () => !(await answers(url)), 10_000)).toBe(true);
    } finally {
      npm.kill('SIGKILL');
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
