// Example verification, cached: an example that printed its output block against the same
// libraries (same sources, same lockfile) is not run again. The cache is a list of digests, each
// of an example's code, hidden setup and expected output, kept under the digest of the libraries.
import type { RunnableExample } from '../markdown/plugins/runnable-fence.ts';
import { digestOf } from './build-digest.ts';
import { verifyExamples, type VerifyOptions } from './verify-examples.ts';

/** Where the cache lives between builds (Astro's per-loader meta store fits). */
export interface VerifiedCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

const KEY = 'verified-examples';

/** Runs the examples not yet verified against `librariesDigest`; returns how many ran. Throws as
 * `verifyExamples` does; only a passing run updates the cache. */
export async function verifyExamplesCached(
  examples: readonly RunnableExample[],
  librariesDigest: string,
  cache: VerifiedCache,
  options: VerifyOptions = {},
): Promise<number> {
  const known = readCache(cache, librariesDigest);
  const digests = examples.map(exampleDigest);
  const pending = examples.filter((_, index) => !known.has(digests[index]!));
  await verifyExamples(pending, options);
  cache.set(
    KEY,
    JSON.stringify({ libraries: librariesDigest, examples: [...new Set(digests)].sort() }),
  );
  return pending.length;
}

/** What decides an example's outcome; its file and line only decide how a failure is reported. */
export function exampleDigest({ lang, code, hiddenSetup, expected }: RunnableExample): string {
  return digestOf(lang, code, hiddenSetup ?? '', expected);
}

function readCache(cache: VerifiedCache, librariesDigest: string): Set<string> {
  try {
    const stored = JSON.parse(cache.get(KEY) ?? '{}') as {
      libraries?: string;
      examples?: string[];
    };
    return new Set(stored.libraries === librariesDigest ? stored.examples : []);
  } catch {
    return new Set();
  }
}

const TYPES_KEY = 'type-checked-examples';

/** Type-checks the examples (all in one program) unless this very set passed before against
 * the same libraries; throws the first type error as `assertExamplesTypeCheck` does. */
export async function typeCheckExamplesCached(
  examples: readonly RunnableExample[],
  librariesDigest: string,
  cache: VerifiedCache,
): Promise<boolean> {
  const digest = digestOf(librariesDigest, ...examples.map(exampleDigest));
  if (cache.get(TYPES_KEY) === digest) return false;
  // TypeScript is loaded only when there is something to check.
  const { assertExamplesTypeCheck } = await import('./typecheck-examples.ts');
  assertExamplesTypeCheck(examples);
  cache.set(TYPES_KEY, digest);
  return true;
}
