import { describe, expect, it } from 'vitest';
import { compactDiff, lineDiff } from '../../src/playground/line-diff.ts';

describe('lineDiff', () => {
  it('keeps equal outputs as kept lines', () => {
    expect(lineDiff('a\nb', 'a\nb')).toEqual([
      { op: ' ', text: 'a' },
      { op: ' ', text: 'b' },
    ]);
  });

  it('marks a changed line as removed then added, between kept lines', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'B' },
      { op: ' ', text: 'c' },
    ]);
  });

  it('finds common lines in the middle', () => {
    const ops = lineDiff('x\n1\n2\ny', '1\nz\n2').map((line) => `${line.op}${line.text}`);
    expect(ops).toEqual(['-x', ' 1', '+z', ' 2', '-y']);
  });

  it('falls back to replacing the middle of very long outputs', () => {
    const a = Array.from({ length: 1000 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 1000 }, (_, i) => `b${i}`).join('\n');
    const diff = lineDiff(a, b);
    expect(diff.filter((line) => line.op === '-')).toHaveLength(1000);
    expect(diff.filter((line) => line.op === '+')).toHaveLength(1000);
  });
});

describe('compactDiff', () => {
  it('is empty when nothing changed', () => {
    expect(compactDiff(lineDiff('a\nb', 'a\nb'))).toEqual([]);
  });

  it('keeps one line of context and folds the rest into …', () => {
    const diff = compactDiff(lineDiff('1\n2\n3\n4\n5\n6', '1\n2\n3\n4\n5\nsix'));
    expect(diff.map((line) => `${line.op}${line.text}`)).toEqual([' …', ' 5', '-6', '+six']);
  });
});
