// The built site for audits: build it under a base path, or find the base path an existing build used.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildOptions {
  /** A clean build: Astro's content cache is cleared first (`astro build --force`). */
  clean?: boolean;
}

/** Builds the site into `outDir` under `base` (as the Pages workflow does); throws with Astro's output on failure. */
export function buildSite(outDir: string, base: string, options: BuildOptions = {}): void {
  const build = spawnSync(
    process.execPath,
    // BASE_PATH, as the deploy workflow sets it: `--base` on the command line does not reach
    // import.meta.env.BASE_URL.
    [
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--outDir',
      outDir,
      '--silent',
      ...(options.clean ? ['--force'] : []),
    ],
    {
      encoding: 'utf8',
      env: {
        ...buildEnv(),
        BASE_PATH: base,
        SITE_URL: process.env['SITE_URL'] ?? 'https://example.github.io',
      },
    },
  );
  if (build.status !== 0) {
    throw new Error(`astro build under ${base} failed:\n${build.stdout}\n${build.stderr}`);
  }
}

// Under vitest, process.env carries Vite's variables (BASE_URL, MODE, NODE_ENV=test…), and Astro
// would read them back as import.meta.env: a build must not inherit them.
function buildEnv(): NodeJS.ProcessEnv {
  const vite = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !vite.includes(name) && !name.startsWith('VITEST'),
    ),
  );
}

/** The base path a build in `distDir` was made with, read from its home page's favicon link (`/hub/`). */
export function basePathOf(distDir: string): string {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(
      `[lighthouse] ${distDir} holds no built site: build it first, or drop --no-build`,
    );
  const favicon = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(
    readFileSync(indexFile, 'utf8'),
  );
  return favicon?.[1] ?? '/';
}

/** The routes to audit: the home page and every project page (content/<project>/index.md). */
export function auditedRoutes(contentDir = 'content'): string[] {
  const projects = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'index.md')))
    .map((entry) => `${entry.name}/`);
  return ['', ...projects.sort()];
}
