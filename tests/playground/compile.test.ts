// The compiler on its own (the page runs it in its own worker): imports become `require` calls,
// types go, and a syntax error says where it is, in the code or in the hidden setup.
import { describe, expect, it } from 'vitest';
import { compileExample } from '../../src/playground/compile.ts';
import { runCompiled } from '../../src/playground/run-compiled.ts';
import { LIBRARIES } from '../../src/playground/libraries.ts';
import { WARM_UP_JS, warmUp } from '../../src/playground/_warm-up.ts';

describe('compileExample', () => {
  it('strips types and turns imports into require calls', () => {
    const compiled = compileExample({
      code: "import { Key } from '@project-hub/datastore';\nconst k: Key = new Key('a');",
    });
    expect(compiled.ok).toBe(true);
    const js = compiled.ok ? compiled.js : '';
    expect(js).toContain("require('@project-hub/datastore')");
    expect(js).not.toContain(': Key');
  });

  it('keeps JavaScript as it is, apart from its imports', () => {
    const compiled = compileExample({ code: 'const a = 1 < 2 > 0;', lang: 'js' });
    expect(compiled).toMatchObject({ ok: true, js: expect.stringContaining('1 < 2 > 0') });
  });

  it('gives a syntax error with its line in the code, or in the setup', () => {
    expect(compileExample({ code: 'const a = 1;\nconst = 2;', setup: 'const s = 0;' })).toEqual({
      ok: false,
      error: expect.objectContaining({ name: 'SyntaxError', phase: 'syntax', line: 2 }),
    });
    expect(compileExample({ code: 'const a = 1;', setup: 'const = 0;' })).toMatchObject({
      ok: false,
      error: { phase: 'syntax', setupLine: 1 },
    });
  });
});

describe('the spare worker’s warm-up example', () => {
  it('is what the compiler makes of a datastore example, and runs without error or output left', async () => {
    const logs: string[] = [];
    const error = await runCompiled(
      WARM_UP_JS,
      {},
      {
        modules: LIBRARIES,
        onLog: (entry) => logs.push(entry.text),
      },
    );
    expect(error).toBeUndefined();
    expect(logs).toEqual([
      "true { name: 'warm', n: 1, tags: [ 'a' ] } Key('/warm/up')",
      'text',
      "{ name: 'warm', n: 1, tags: [ 'a' ] }",
    ]);
    await expect(warmUp(LIBRARIES)).resolves.toBeUndefined();
  });
});
