// The Backends page: its Node-only examples (filesystem, SQLite, Redis, memcached, tiers) type-check
// against the real types. The filesystem and SQLite ones are ```ts run node fences, which the build
// also runs; Redis and memcached need servers, so they stay plain ```ts fences, type-checked only.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../../src/markdown/plugins/runnable-fence.ts';
import { exampleTypeErrors } from '../../../src/site/typecheck-examples.ts';

const FILE = 'content/datastore/backends.md';

/** The Node-only fences of the page: plain ```ts and ```ts run node (not the in-page `ts run`). */
function nodeTsFences(): RunnableExample[] {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const out: RunnableExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts' && lines[i] !== '```ts run node') continue;
    const end = lines.indexOf('```', i + 1);
    const example: RunnableExample = {
      file: FILE,
      line: i + 1,
      lang: 'ts',
      code: lines.slice(i + 1, end).join('\n'),
      expected: '',
    };
    if (lines[i] === '```ts run node') example.runtime = 'node';
    out.push(example);
    i = end;
  }
  return out;
}

describe('the Backends page', () => {
  const examples = nodeTsFences();
  it('has a Hello example for every Node backend and both tiered set-ups', () => {
    const imports = examples.map((e) => e.code.match(/datastore\/(\w+)'/g)?.join(' ') ?? '');
    expect(imports.join(' ')).toMatch(/fs'.*sqlite'.*redis'.*memcached'/s);
    expect(examples.filter((e) => e.code.includes('TieredDatastore'))).toHaveLength(2);
  });
  it('runs at build the examples that need only Node: filesystem, SQLite, LRU over SQLite', () => {
    const run = examples.filter((e) => e.runtime === 'node').map((e) => e.code);
    expect(run).toHaveLength(3);
    expect(run.join('\n')).not.toMatch(/datastore\/(redis|memcached)'/);
    expect(run.filter((code) => /datastore\/fs'/.test(code))).toHaveLength(1);
    expect(run.filter((code) => /LRUCache[\s\S]*datastore\/sqlite'/.test(code))).toHaveLength(1);
  });
  it('type-checks every Node-only example, Redis and memcached included', () => {
    expect(exampleTypeErrors(examples)).toEqual([]);
  }, 120_000); // a whole TypeScript program: slow on a busy machine
  it('completes each Hello: contains, get, delete, get', () => {
    for (const e of examples.filter(
      (x) => /^const hello/m.test(x.code) && !x.code.includes('Tiered'),
    )) {
      expect(e.code).toMatch(
        /contains\(hello\)[\s\S]*get\(hello\)[\s\S]*delete\(hello\)[\s\S]*get\(hello\)/,
      );
    }
  });
});
