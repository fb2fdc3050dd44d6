// Builds the site once under the base path /hub/ (as a GitHub Pages project site) and serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './support/static-server.ts';

export const E2E_BASE = '/hub/';

export default async function setup(project: TestProject) {
  const distDir = resolve('.tmp/e2e-dist');
  // E2E_REUSE_BUILD=1 skips the build when a previous run left one (handy while writing tests).
  if (!(process.env['E2E_REUSE_BUILD'] && existsSync(join(distDir, 'index.html')))) {
    rmSync(distDir, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    const build = spawnSync(
      process.execPath,
      ['node_modules/astro/astro.js', 'build', '--base', E2E_BASE, '--outDir', distDir, '--silent'],
      { encoding: 'utf8', env: { ...process.env, SITE_URL: 'https://example.github.io' } },
    );
    if (build.status !== 0) {
      throw new Error(`astro build under ${E2E_BASE} failed:\n${build.stdout}\n${build.stderr}`);
    }
  }
  const server = await startStaticServer(distDir, E2E_BASE);
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}
