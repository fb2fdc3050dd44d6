// Packs the three packages as npm would publish them, and installs the tarballs into a fresh
// project of a reader's: `"type": "module"`, `moduleResolution: nodenext`, nothing else of ours.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PACKAGES = ['datastore', 'dronestore', 'texchat'] as const;
export type PackageName = (typeof PACKAGES)[number];

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command, returning its stdout; a failure throws with the command's own output. */
export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`,
    );
  }
}

/** `npm pack` of each package into `dest` (its prepack script builds dist/ first, datastore
 * before the packages that depend on it); returns the tarball paths by package. */
export function packAll(dest: string): Record<PackageName, string> {
  mkdirSync(dest, { recursive: true });
  const workspaces = PACKAGES.flatMap((name) => ['-w', `@project-hub/${name}`]);
  const packed = JSON.parse(
    run(NPM, ['pack', ...workspaces, '--pack-destination', dest, '--json'], ROOT),
  ) as { name: string; filename: string }[];
  return Object.fromEntries(
    PACKAGES.map((name) => {
      const entry = packed.find((p) => p.name === `@project-hub/${name}`);
      if (!entry) throw new Error(`npm pack made no tarball for @project-hub/${name}`);
      return [name, join(dest, entry.filename)];
    }),
  ) as Record<PackageName, string>;
}

/** A reader's project in `dir` with the tarballs installed. TypeScript is the repository's own
 * (run by path), so the install needs the network at most for @types/node and @noble/hashes,
 * which npm's cache normally has. */
export function createConsumer(dir: string, tarballs: Record<PackageName, string>): void {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(
    PACKAGES.map((name) => [`@project-hub/${name}`, `file:${tarballs[name]}`]),
  );
  const devDependencies = { '@types/node': readVersion('@types/node') };
  writeJson(join(dir, 'package.json'), {
    name: 'reader-project',
    private: true,
    type: 'module',
    dependencies,
    devDependencies,
  });
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      types: ['node'],
      // The packages' own .d.ts files are checked too, as a strict reader's build would.
      skipLibCheck: false,
      outDir: 'out',
    },
    include: ['*.ts'],
  });
  run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
}

/** The installed (pinned) version of a dependency of the repository. */
export function readVersion(name: string): string {
  const manifest = readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
