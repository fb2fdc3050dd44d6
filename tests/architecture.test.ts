// Module boundaries, checked rather than remembered (see shared/house-style.md).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
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

describe('src/lib', () => {
  for (const file of sourceFiles('src/lib')) {
    const library = file.split('/')[2]!;
    it(`${file} imports only its own library${library === 'datastore' ? '' : ' and datastore'}`, () => {
      const outside = importsOf(file).filter((spec) => {
        if (!spec.startsWith('src/')) return true; // packages are checked below
        if (spec.startsWith(`src/lib/${library}/`) || spec === `src/lib/${library}`) return false;
        return !(library !== 'datastore' && spec.startsWith('src/lib/datastore'));
      });
      const packages = outside.filter((spec) => !spec.startsWith('src/'));
      expect(outside.filter((spec) => spec.startsWith('src/'))).toEqual([]);
      expect(
        packages.filter(
          (spec) => /^(astro|node:|fs$|path$)/.test(spec) || spec.startsWith('astro:'),
        ),
      ).toEqual([]);
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
    it(`${file} imports libraries only through their index.ts`, () => {
      const deep = importsOf(file).filter(
        (spec) =>
          spec.startsWith('src/lib/') &&
          !LIBRARIES.some(
            (name) => spec === `src/lib/${name}/index.ts` || spec === `src/lib/${name}`,
          ),
      );
      expect(deep).toEqual([]);
    });
  }
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
