// Builds the site once under the base path /hub/ (as a GitHub Pages project site) and serves it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/_built-site.ts';
import { startStaticServer } from './support/static-server.ts';

export const E2E_BASE = '/hub/';
export const E2E_REPOSITORY = 'https://github.com/example/hub';

export default async function setup(project: TestProject) {
  // Each run builds into its own folder, so concurrent runs never mix their outputs.
  // E2E_REUSE_BUILD=1 reuses .tmp/e2e-dist instead (handy while writing tests).
  const reuse = Boolean(process.env['E2E_REUSE_BUILD']);
  // The repository the pages' "Edit this page" and header links point at (src/site/repository.ts).
  process.env['HUB_REPOSITORY'] ??= E2E_REPOSITORY;
  mkdirSync(resolve('.tmp'), { recursive: true });
  const distDir = reuse ? resolve('.tmp/e2e-dist') : mkdtempSync(resolve('.tmp/e2e-dist-'));
  if (!(reuse && existsSync(join(distDir, 'index.html')))) buildSite(distDir, E2E_BASE);
  const server = await startStaticServer(distDir, E2E_BASE);
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    if (!reuse) rmSync(distDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}
