// The Backends page: its Node-only examples (filesystem, SQLite, Redis, memcached, tiers) type-check
// against the real types; the runnable ones are run by the build like every other example.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../../src/markdown/plugins/runnable-fence.ts';
import { exampleTypeErrors } from '../../../src/site/typecheck-examples.ts';

const FILE = 'content/datastore/backends.md';

/** The plain ```ts fences of the page (not `ts run`), with their lines. */
function plainTsFences(): RunnableExample[] {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const out: RunnableExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    out.push({
      file: FILE,
      line: i + 1,
      lang: 'ts',
      code: lines.slice(i + 1, end).join('\n'),
      expected: '',
    });
    i = end;
  }
  return out;
}

describe('the Backends page', () => {
  const examples = plainTsFences();
  it('has a Hello example for every Node backend and both tiered set-ups', () => {
    const imports = examples.map((e) => e.code.match(/datastore\/(\w+)'/g)?.join(' ') ?? '');
    expect(imports.join(' ')).toMatch(/fs'.*sqlite'.*redis'.*memcached'/s);
    expect(examples.filter((e) => e.code.includes('TieredDatastore'))).toHaveLength(2);
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
