// Splits chat text into text, code and TeX segments (the delimiters a chat user types).

/** A piece of a message: plain text, a code span, or a formula. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string; source: string }
  | { kind: 'math'; tex: string; display: boolean; source: string };

interface Found {
  segment: Segment;
  end: number;
}

/**
 * Splits `input` into segments: inline `$…$` and `\(…\)`, display `$$…$$` and `\[…\]`, code spans
 * in backticks (whose content stays text). `\$` is a literal dollar; an unmatched delimiter stays text.
 * @example splitSegments('area $\\pi r^2$') → [{ kind: 'text', text: 'area ' }, { kind: 'math', tex: '\\pi r^2', display: false, source: '$\\pi r^2$' }]
 */
export function splitSegments(input: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let i = 0;
  while (i < input.length) {
    const found = matchAt(input, i);
    if (found) {
      if (text) segments.push({ kind: 'text', text });
      text = '';
      segments.push(found.segment);
      i = found.end;
      continue;
    }
    const literal = literalAt(input, i);
    text += literal.text;
    i += literal.length;
  }
  if (text) segments.push({ kind: 'text', text });
  return segments;
}

// --- Internal helpers ---

/** A segment that starts at `i`, if one does. */
function matchAt(input: string, i: number): Found | undefined {
  const two = input.slice(i, i + 2);
  if (two === '\\(') return delimited(input, i, '\\(', '\\)', false);
  if (two === '\\[') return delimited(input, i, '\\[', '\\]', true);
  if (two === '$$') return delimited(input, i, '$$', '$$', true);
  if (input[i] === '$') return inlineDollar(input, i);
  if (input[i] === '`') return codeSpan(input, i);
  return undefined;
}

/** What the scanner appends as text at `i` when no segment starts there. */
function literalAt(input: string, i: number): { text: string; length: number } {
  const two = input.slice(i, i + 2);
  if (two === '\\$') return { text: '$', length: 2 };
  // An escaped backslash is kept whole, so that `\\$x$` still starts a formula.
  if (two === '\\\\') return { text: two, length: 2 };
  if (two === '$$' || two === '\\(' || two === '\\[') return { text: two, length: 2 };
  if (input[i] === '`') {
    const run = backtickRun(input, i);
    return { text: '`'.repeat(run), length: run };
  }
  return { text: input[i] ?? '', length: 1 };
}

/** `open … close` with non-blank content; backslash pairs inside are skipped. */
function delimited(input: string, i: number, open: string, close: string, display: boolean) {
  const start = i + open.length;
  for (let j = start; j < input.length; j += input[j] === '\\' ? 2 : 1) {
    if (!input.startsWith(close, j)) continue;
    const tex = input.slice(start, j);
    if (!tex.trim()) return undefined;
    const end = j + close.length;
    return { segment: math(tex, display, input.slice(i, end)), end };
  }
  return undefined;
}

/** `$…$` by Pandoc's rule: no space after the opener or before the closer, no digit after it. */
function inlineDollar(input: string, i: number): Found | undefined {
  if (/^\s?$/.test(input[i + 1] ?? '')) return undefined;
  for (let j = i + 1; j < input.length; j += input[j] === '\\' ? 2 : 1) {
    if (input[j] !== '$') continue;
    if (/\s/.test(input[j - 1] ?? '') || /[0-9]/.test(input[j + 1] ?? '')) continue;
    return { segment: math(input.slice(i + 1, j), false, input.slice(i, j + 1)), end: j + 1 };
  }
  return undefined;
}

/** A code span: a run of backticks up to the next run of the same length (CommonMark). */
function codeSpan(input: string, i: number): Found | undefined {
  const run = backtickRun(input, i);
  for (let j = input.indexOf('`', i + run); j !== -1; j = input.indexOf('`', j)) {
    const close = backtickRun(input, j);
    if (close === run) {
      const raw = input.slice(i + run, j);
      const text = /^ .*[^ ].* $/s.test(raw) ? raw.slice(1, -1) : raw;
      return { segment: { kind: 'code', text, source: input.slice(i, j + run) }, end: j + run };
    }
    j += close;
  }
  return undefined;
}

function backtickRun(input: string, i: number): number {
  let n = 0;
  while (input[i + n] === '`') n++;
  return n;
}

function math(tex: string, display: boolean, source: string): Segment {
  return { kind: 'math', tex, display, source };
}
