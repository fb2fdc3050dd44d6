// A line diff of two outputs (the build's and a run's), small enough to show under an example.

/** One line of a diff: kept (` `), removed from the expected output (`-`) or added by the run (`+`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** Lines beyond which the diff stops looking for common lines in the middle (cost is rows × cols). */
const MAX_CELLS = 250_000;

/**
 * The lines of `expected` and `actual` in order, each marked kept, removed or added (a longest
 * common subsequence; for very long outputs, only the common start and end are kept).
 */
export function lineDiff(expected: string, actual: string): DiffLine[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const head = a.slice(0, start).map((text): DiffLine => ({ op: ' ', text }));
  const tail = a.slice(endA).map((text): DiffLine => ({ op: ' ', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle =
    midA.length * midB.length > MAX_CELLS ? replaceAll(midA, midB) : lcsDiff(midA, midB);
  return [...head, ...middle, ...tail];
}

/**
 * The changed lines with `context` kept lines around each change; a run of kept lines left out
 * becomes one `…` line. Empty when nothing changed.
 */
export function compactDiff(lines: readonly DiffLine[], context = 1): DiffLine[] {
  const near = lines.map((_, i) =>
    lines.slice(Math.max(0, i - context), i + context + 1).some((line) => line.op !== ' '),
  );
  if (!near.includes(true)) return [];
  const out: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (near[i]) out.push(line);
    else if (near[i - 1] !== false || i === 0) out.push({ op: ' ', text: '…' });
  });
  return out;
}

// --- Internal helpers ---

function replaceAll(a: string[], b: string[]): DiffLine[] {
  return [
    ...a.map((text): DiffLine => ({ op: '-', text })),
    ...b.map((text): DiffLine => ({ op: '+', text })),
  ];
}

/** Classic LCS table, walked from the start so removals come before additions. */
function lcsDiff(a: string[], b: string[]): DiffLine[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: ' ', text: a[i++]! });
      j++;
    } else if (
      j >= b.length ||
      (i < a.length && table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!)
    ) {
      out.push({ op: '-', text: a[i++]! });
    } else {
      out.push({ op: '+', text: b[j++]! });
    }
  }
  return out;
}
