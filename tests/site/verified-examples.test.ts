import { describe, expect, it } from 'vitest';
import type { RunnableExample } from '../../src/markdown/index.ts';
import { verifyExamplesCached, type VerifiedCache } from '../../src/site/verified-examples.ts';

const example = (code: string, expected: string, line = 1): RunnableExample => ({
  file: 'content/a.md',
  line,
  lang: 'js',
  code,
  expected,
});

function memoryCache(): VerifiedCache & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
  };
}

describe('verifyExamplesCached', () => {
  it('runs an example once per library digest, and again when the libraries change', async () => {
    const cache = memoryCache();
    const one = example('console.log(1)', '1');
    const two = example('console.log(2)', '2', 9);
    expect(await verifyExamplesCached([one], 'libs-a', cache)).toBe(1);
    expect(await verifyExamplesCached([one, two], 'libs-a', cache)).toBe(1);
    // Moving an example (another line) does not change what it prints.
    expect(await verifyExamplesCached([{ ...one, line: 40 }, two], 'libs-a', cache)).toBe(0);
    expect(await verifyExamplesCached([one, two], 'libs-b', cache)).toBe(2);
  }, 60_000);

  it('still fails on a drifted output block, and does not remember the failure', async () => {
    const cache = memoryCache();
    await verifyExamplesCached([example('console.log(1)', '1')], 'libs', cache);
    const drifted = example('console.log(1)', '2');
    await expect(verifyExamplesCached([drifted], 'libs', cache)).rejects.toThrow(
      /differs from its/,
    );
    await expect(verifyExamplesCached([drifted], 'libs', cache)).rejects.toThrow(
      /differs from its/,
    );
  }, 60_000);
});
