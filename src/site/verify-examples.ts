// Build-time check: every runnable example runs against the real libraries and prints its output block.
import type { RunnableExample } from '../markdown/plugins/runnable-fence.ts';
import { executeExample } from '../playground/execute.ts';
import { LIBRARIES } from '../playground/libraries.ts';
import { ExampleThreadRunner } from './example-thread-runner.ts';
import type { LogEntry, RunErrorInfo } from '../playground/protocol.ts';

/** How long one example may wait on promises before the build calls it stuck. */
export const VERIFY_TIMEOUT_MS = 5000;

/** Options for `verifyExamples` and `runForOutput`. */
export interface VerifyOptions {
  timeoutMs?: number;
}

/** A runnable example that threw or printed something other than its output block. */
export class ExampleMismatchError extends Error {
  override readonly name = 'ExampleMismatchError';
  readonly code = 'ERR_EXAMPLE_MISMATCH';

  constructor(
    readonly example: RunnableExample,
    problem: string,
    readonly hint: string,
  ) {
    super(`[examples] ${example.file}:${example.line}: ${problem}\n${hint}`);
  }
}

/** The text an example prints: one console call per entry, entries joined by newlines. */
export async function runForOutput(
  example: RunnableExample,
  options: VerifyOptions = {},
): Promise<{ output: string; error?: RunErrorInfo }> {
  const logs: LogEntry[] = [];
  const { code, lang, hiddenSetup } = example;
  // Node has no IndexedDB: an example that uses it runs against fake-indexeddb's in-memory one,
  // loaded only then (it is a large module, and every example thread would pay for it).
  if (/\bindexedDB\b/.test(`${hiddenSetup ?? ''}\n${code}`)) await import('./_fake-indexeddb.ts');
  const source = hiddenSetup === undefined ? { code, lang } : { code, lang, setup: hiddenSetup };
  const run = executeExample(source, {
    modules: LIBRARIES,
    onLog: (entry) => logs.push(entry),
  });
  const error = await withTimeout(run, options.timeoutMs ?? VERIFY_TIMEOUT_MS);
  const output = logs.map((entry) => entry.text).join('\n');
  return error ? { output, error } : { output };
}

/** Runs every example (in a worker thread, so an endless loop is stopped); throws an
 * `ExampleMismatchError` naming each one that threw or printed otherwise. */
export async function verifyExamples(
  examples: readonly RunnableExample[],
  options: VerifyOptions = {},
): Promise<void> {
  if (examples.length === 0) return;
  const failures: ExampleMismatchError[] = [];
  const runner = new ExampleThreadRunner(options.timeoutMs ?? VERIFY_TIMEOUT_MS);
  try {
    for (const example of examples) {
      const { output, error } = await runner.run(example);
      if (error) failures.push(threwError(example, error, output));
      else if (output !== example.expected) failures.push(mismatchError(example, output));
    }
  } finally {
    runner.close();
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    throw new AggregateError(failures, failures.map((failure) => failure.message).join('\n\n'));
  }
}

/** A unified-style diff of two texts, line by line (`-` expected, `+` actual). */
export function diffLines(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs = lcsTable(a, b);
  const out: string[] = [
    '--- expected (the ```output block)',
    '+++ actual (what the example printed)',
  ];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      out.push(`- ${a[i++]}`);
    } else out.push(`+ ${b[j++]}`);
  }
  return out.join('\n');
}

// --- Internal helpers ---

function threwError(
  example: RunnableExample,
  error: RunErrorInfo,
  output: string,
): ExampleMismatchError {
  const where =
    error.line !== undefined
      ? ` at line ${error.line} of the example (file line ${example.line + lineOffset(example) + error.line})`
      : error.setupLine !== undefined
        ? ` in hidden setup line ${error.setupLine}`
        : '';
  const printed = output ? `\nIt printed before that:\n${output}` : '';
  return new ExampleMismatchError(
    example,
    `the example threw${where}: ${error.thrownValue ? error.message : `${error.name}: ${error.message}`}${printed}`,
    'Fix the example code (or the library) so it runs to the end.',
  );
}

function mismatchError(example: RunnableExample, output: string): ExampleMismatchError {
  return new ExampleMismatchError(
    example,
    `the example's output differs from its \`\`\`output block:\n${diffLines(example.expected, output)}`,
    `Update the \`\`\`output block to:\n${output}`,
  );
}

/** Lines between the opening fence and the first visible line: the hidden setup. */
function lineOffset(example: RunnableExample): number {
  return example.hiddenSetup === undefined ? 0 : example.hiddenSetup.split('\n').length;
}

function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        a[i] === b[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return table;
}

async function withTimeout(
  run: Promise<RunErrorInfo | undefined>,
  timeoutMs: number,
): Promise<RunErrorInfo | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<RunErrorInfo>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          name: 'TimeoutError',
          message: `still waiting after ${timeoutMs} ms; does it await a promise that never settles?`,
          stack: '',
          phase: 'runtime',
        }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([run, stuck]);
  } finally {
    clearTimeout(timer);
  }
}
