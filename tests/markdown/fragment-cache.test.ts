import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownRenderer } from '../../src/markdown/index.ts';
import { FragmentCache } from '../../src/markdown/fragment-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-fragments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = 'Inline $x^2$ and\n\n$$\\frac{1}{2}$$\n\n```ts\nconst a: number = 1;\n```\n';
const filesIn = (kind: string) =>
  readdirSync(join(dir, kind), { recursive: true }).filter((name) => String(name).length > 3);

describe('fragment cache', () => {
  it('keeps each formula and code block, and renders the same HTML from them', async () => {
    const plain = (await createMarkdownRenderer()).render(page, 'a.md').html;
    const cached = await createMarkdownRenderer({ fragmentCache: { dir, version: 'v1' } });
    expect(cached.render(page, 'a.md').html).toBe(plain);
    expect(filesIn('math')).toHaveLength(2);
    expect(filesIn('code')).toHaveLength(1);
    expect(
      (await createMarkdownRenderer({ fragmentCache: { dir, version: 'v1' } })).render(page, 'a.md')
        .html,
    ).toBe(plain);
  }, 60_000);

  it('computes again only what it does not hold for this version', () => {
    const cache = new FragmentCache({ dir, version: 'v2' });
    let computed = 0;
    const compute = () => `value ${++computed}`;
    expect(cache.through('math', ['x'], compute)).toBe('value 1');
    expect(cache.through('math', ['x'], compute)).toBe('value 1');
    expect(new FragmentCache({ dir, version: 'v3' }).through('math', ['x'], compute)).toBe(
      'value 2',
    );
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });
});
