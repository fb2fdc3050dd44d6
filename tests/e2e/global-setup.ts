// Builds the site once under the base path /hub/ (as a GitHub Pages project site) and serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './support/static-server.ts';

export const E2E_BASE = '/hub/';

export default async function setup(project: TestProject) {
  // Each run builds into its own folder, so concurrent runs never mix their outputs.
  // E2E_REUSE_BUILD=1 reuses .tmp/e2e-dist instead (handy while writing tests).
  const reuse = Boolean(process.env['E2E_REUSE_BUILD']);
  mkdirSync(resolve('.tmp'), { recursive: true });
  const distDir = reuse ? resolve('.tmp/e2e-dist') : mkdtempSync(resolve('.tmp/e2e-dist-'));
  if (!(reuse && existsSync(join(distDir, 'index.html')))) build(distDir);
  const server = await startStaticServer(distDir, E2E_BASE);
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    if (!reuse) rmSync(distDir, { recursive: true, force: true });
  };
}

function build(distDir: string): void {
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/astro.js', 'build', '--outDir', distDir, '--silent'],
    // As the deploy workflow does. (`--base` on the command line does not reach import.meta.env.BASE_URL.)
    {
      encoding: 'utf8',
      env: { ...buildEnv(), SITE_URL: 'https://example.github.io', BASE_PATH: E2E_BASE },
    },
  );
  if (result.status !== 0) {
    throw new Error(`astro build under ${E2E_BASE} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

// Vitest puts Vite's variables (BASE_URL, MODE, NODE_ENV=test…) into process.env, and Astro
// would read them back as import.meta.env: the build must not inherit them.
function buildEnv(): NodeJS.ProcessEnv {
  const inherited = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !inherited.includes(name) && !name.startsWith('VITEST'),
    ),
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}
