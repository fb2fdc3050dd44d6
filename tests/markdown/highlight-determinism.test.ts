// Regression (issue 14): the first example on /datastore/ sometimes lost its light-theme colours.
// Shiki's default per-line time limit (500 ms) let vscode-textmate stop a slow line early and leave
// the rest of it as one token; a busy build machine decided which build that was.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/markdown/index.ts';

const EXAMPLE = [
  '```ts',
  "import { Key, MemoryStore } from 'datastore';",
  'const store = new MemoryStore();',
  "await store.put(new Key('/a'), 1);",
  '```',
  '',
].join('\n');

let renderer: MarkdownRenderer;
beforeAll(async () => {
  renderer = await createMarkdownRenderer({ base: '/hub/' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('highlighting', () => {
  it('colours every token however slowly a line is tokenized', () => {
    const expected = renderer.render(EXAMPLE, 'datastore/index.md').html;
    // A clock that jumps a second at every reading: each line looks far slower than any time limit.
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    const slow = renderer.render(EXAMPLE, 'datastore/index.md').html;
    expect(slow).toBe(expected);
    // The light colours of the import line are there: `from` is a keyword, the module a string.
    expect(slow).toMatch(/<span style="color:#CF222E;--shiki-dark:#FF7B72">from<\/span>/);
  });
});
