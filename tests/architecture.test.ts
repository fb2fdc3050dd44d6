// Module boundaries, checked rather than remembered (see shared/house-style.md).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Source files of `dir`; a package's build output (dist/) and node_modules are not sources. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !/\/(dist|node_modules)\//.test(file));
}

/** Import specifiers of a file, resolved to project paths when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = Array.from(
    text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
    ),
    (match) => match[1] ?? match[2] ?? match[3]!,
  );
  return specifiers.map((spec) =>
    spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec,
  );
}

const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
const LIBRARIES = readdirSync(join(ROOT, 'src/lib'));
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

/** The package name of a bare specifier: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

function manifestOf(library: string): {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
} {
  return JSON.parse(readFileSync(join(ROOT, 'src/lib', library, 'package.json'), 'utf8'));
}

describe('src/lib', () => {
  for (const file of sourceFiles('src/lib')) {
    const library = file.split('/')[2]!;
    it(`${file} imports its own package's files and only the packages it depends on`, () => {
      const specs = importsOf(file);
      // Another library is reached by its package name, as a reader's code would, never by path.
      expect(
        specs.filter((spec) => spec.startsWith('src/') && !spec.startsWith(`src/lib/${library}/`)),
      ).toEqual([]);
      const manifest = manifestOf(library);
      // A backend's client (redis, memjs, …) is an optional peer: readers install the one they use.
      const declared = [
        manifest.name,
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
      ];
      // Node built-ins need no declaration; where they may appear is checked per entry point below.
      const bare = specs.filter((spec) => !spec.startsWith('src/') && !isNodeBuiltin(spec));
      expect(bare.filter((spec) => !declared.includes(packageOf(spec)))).toEqual([]);
      expect(bare.filter((spec) => /^astro(:|$)/.test(spec))).toEqual([]);
    });

    it(`${file} reads no DOM globals`, () => {
      const code = withoutComments(readFileSync(join(ROOT, file), 'utf8'));
      expect(
        code.match(
          /\b(document|window|localStorage|sessionStorage|HTMLElement|customElements)\s*[.[(]/g,
        ) ?? [],
      ).toEqual([]);
    });
  }
});

describe('who may import a library', () => {
  const outsideLib = [
    ...sourceFiles('src/site'),
    ...sourceFiles('src/playground'),
    ...sourceFiles('src/demos'),
    ...sourceFiles('src/pages'),
    ...sourceFiles('src/components'),
  ];
  for (const file of outsideLib) {
    it(`${file} imports libraries only by package name, and only their exports`, () => {
      const specs = importsOf(file);
      expect(specs.filter((spec) => spec.startsWith('src/lib/'))).toEqual([]);
      const exported = LIBRARIES.flatMap((name) => exportedSpecifiers(name));
      const ours = specs.filter((spec) => spec.startsWith('@project-hub/'));
      expect(ours.filter((spec) => !exported.includes(spec))).toEqual([]);
    });
  }
});

type Conditions = Record<string, string>;

function exportsOf(library: string): Record<string, Conditions | string> {
  return JSON.parse(readFileSync(join(ROOT, 'src/lib', library, 'package.json'), 'utf8')).exports;
}

/** `@project-hub/datastore`, `@project-hub/datastore/fs`, …: what the package exports. */
function exportedSpecifiers(library: string): string[] {
  const { name } = manifestOf(library);
  return Object.keys(exportsOf(library))
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
}

/** Every import reachable from `file`, following the package's own files. */
function importGraph(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return importsOf(file).flatMap((spec) =>
    spec.startsWith('src/') ? [spec, ...importGraph(spec, seen)] : [spec],
  );
}

describe('the packages', () => {
  for (const library of LIBRARIES) {
    const dir = `src/lib/${library}`;
    it(`${dir} is the package @project-hub/${library}: ESM, MIT, no side effects, README and LICENSE`, () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      expect(manifest).toMatchObject({
        name: `@project-hub/${library}`,
        type: 'module',
        license: 'MIT',
        sideEffects: false,
      });
      expect(manifest.version).toMatch(/^0\.\d+\.\d+$/);
      expect(existsSync(join(ROOT, dir, 'README.md'))).toBe(true);
      expect(existsSync(join(ROOT, dir, 'LICENSE'))).toBe(true);
    });

    for (const [subpath, target] of Object.entries(exportsOf(library))) {
      if (subpath === './package.json') continue;
      it(`${library} exports ${subpath} as its source, and dist/ .js and .d.ts built from it`, () => {
        const conditions = target as Conditions;
        const source = conditions['@project-hub/source']!;
        expect(existsSync(join(ROOT, dir, source))).toBe(true);
        const built = source.replace(/^\.\//, './dist/');
        expect(conditions['types']).toBe(built.replace(/\.ts$/, '.d.ts'));
        // `types` first (TypeScript takes the first match), then the JavaScript.
        expect(Object.keys(conditions).indexOf('types')).toBe(1);
        const js = conditions['default'] ?? conditions['node'];
        expect(js).toBe(built.replace(/\.ts$/, '.js'));
      });

      it(`${library} ${subpath}: a browser bundle of it cannot pull in a Node built-in`, () => {
        const conditions = target as Conditions;
        const source = join(dir, conditions['@project-hub/source']!);
        const nodeOnly = importGraph(source).filter(isNodeBuiltin);
        // A Node-only entry resolves only under the `node` condition, so a browser bundler
        // fails to resolve it instead of shipping node:fs; the core entry must need no Node at all.
        if (subpath === '.' || 'default' in conditions) expect(nodeOnly).toEqual([]);
        else expect(Object.keys(conditions)).toEqual(['@project-hub/source', 'types', 'node']);
      });
    }
  }
});

describe('the TeXchat relay stays out of the page', () => {
  const pageFiles = [
    'src/site',
    'src/playground',
    'src/demos',
    'src/pages',
    'src/components',
  ].flatMap((dir) => sourceFiles(dir));
  it('no page code imports the relay server', () => {
    const users = pageFiles.filter((file) =>
      importsOf(file).some((spec) => spec.startsWith('@project-hub/texchat/server')),
    );
    expect(users).toEqual([]);
  });

  it('the chat model reaches neither the server nor socket.io', () => {
    const core = sourceFiles('src/lib/texchat').filter((file) => !file.includes('/server/'));
    const reaching = core.filter((file) =>
      importsOf(file).some((spec) => spec.includes('/server') || spec.startsWith('socket.io')),
    );
    expect(reaching).toEqual([]);
  });

  it('socket.io-client is loaded only by a dynamic import, in relay-link.ts', () => {
    const importers = pageFiles.filter((file) => importsOf(file).includes('socket.io-client'));
    expect(importers).toEqual(['src/demos/texchat/relay-link.ts']);
    const code = withoutComments(readFileSync(join(ROOT, importers[0]!), 'utf8'));
    expect(code).toMatch(/await import\('socket\.io-client'\)/);
    expect(code).not.toMatch(/from\s+'socket\.io-client'/);
  });
});

describe('the datastore backends', () => {
  const backends = sourceFiles('src/lib/datastore/backends').filter((f) => !/\/_/.test(f));
  const core = sourceFiles('src/lib/datastore').filter((f) => !f.includes('/backends/'));
  const nodeOnly = Object.entries(exportsOf('datastore'))
    .filter(([, target]) => typeof target === 'object' && 'node' in target)
    .map(([subpath]) => `@project-hub/datastore/${subpath.slice(2)}`);

  it('has Node-only entries for the Node backends and browser-ready ones for git and IndexedDB', () => {
    expect(nodeOnly.sort()).toEqual(
      ['fs', 'memcached', 'redis', 'sqlite'].map((n) => `@project-hub/datastore/${n}`),
    );
  });
  for (const file of core) {
    it(`${file} (the portable core) imports no backend and no Node built-in`, () => {
      const specs = importsOf(file);
      expect(specs.filter((s) => s.includes('/backends/') || isNodeBuiltin(s))).toEqual([]);
    });
  }
  for (const file of backends) {
    const browser = /\/(git|indexeddb|memory-fs)\.ts$/.test(file);
    it(`${file} imports ${browser ? 'no Node built-in: it runs in browsers' : 'no other backend'}`, () => {
      const graph = importGraph(file);
      if (browser) expect(graph.filter(isNodeBuiltin)).toEqual([]);
      const others = graph.filter(
        (s) => s.includes('/backends/') && !/\/backends\/_/.test(s) && !s.endsWith('memory-fs.ts'),
      );
      expect(others).toEqual([]);
    });
  }
  it('keeps the browser code of the site (playground, demos, components) off Node backends', () => {
    const browserFiles = [
      ...sourceFiles('src/playground'),
      ...sourceFiles('src/demos'),
      ...sourceFiles('src/components'),
    ];
    const offending = browserFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => nodeOnly.includes(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('src/markdown', () => {
  for (const file of sourceFiles('src/markdown')) {
    it(`${file} knows nothing of the playground, the demos or the libraries`, () => {
      const forbidden = importsOf(file).filter((spec) =>
        /^src\/(playground|demos|lib|site)\b/.test(spec),
      );
      expect(forbidden).toEqual([]);
    });
  }
});

describe('the import reader itself', () => {
  it('sees static, side-effect and dynamic imports, resolved to project paths', () => {
    const specs = importsOf('src/site/loader.ts');
    expect(specs).toContain('src/site/check-links.ts');
    expect(specs).toContain('node:url');
    expect(importsOf('src/layouts/BaseLayout.astro')).toContain('src/styles/tokens.css');
  });
});
