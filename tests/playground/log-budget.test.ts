// Tests of the byte bounds on a run's output, applied in the worker before anything is posted.
import { describe, expect, it } from 'vitest';
import { cutToBytes, LogBudget } from '../../src/playground/log-budget';

const LIMITS = { entryBytes: 10, runBytes: 25, entries: 4 };

describe('cutToBytes', () => {
  it('keeps text that fits and counts its UTF-8 bytes', () => {
    expect(cutToBytes('héllo', 10)).toEqual({ text: 'héllo', bytes: 6, cut: false });
  });

  it('cuts at a character boundary, never inside a surrogate pair', () => {
    expect(cutToBytes('ab😀c', 5)).toEqual({ text: 'ab', bytes: 2, cut: true });
    expect(cutToBytes('ab😀c', 6)).toEqual({ text: 'ab😀', bytes: 6, cut: true });
  });
});

describe('LogBudget', () => {
  it('cuts a long entry to the entry limit and says so', () => {
    const budget = new LogBudget(LIMITS);
    expect(budget.take({ level: 'log', text: 'x'.repeat(50) })).toEqual([
      { level: 'log', text: 'x'.repeat(10) },
      { level: 'note', text: '… output truncated: this line was longer than 10 bytes.' },
    ]);
    expect(budget.room).toBe(10);
  });

  it('closes the output past the run limit: one notice, then nothing, room 0', () => {
    const budget = new LogBudget(LIMITS);
    budget.take({ level: 'log', text: 'a'.repeat(10) });
    budget.take({ level: 'log', text: 'b'.repeat(10) });
    expect(budget.take({ level: 'warn', text: 'c'.repeat(10) })).toEqual([
      { level: 'warn', text: 'c'.repeat(5) },
      {
        level: 'note',
        text: '… output truncated: the example printed more than 25 bytes; the rest is not shown.',
      },
    ]);
    expect(budget.room).toBe(0);
    expect(budget.take({ level: 'log', text: 'd' })).toEqual([]);
  });

  it('closes the output after the entry count', () => {
    const budget = new LogBudget(LIMITS);
    for (let i = 0; i < 4; i++) expect(budget.take({ level: 'log', text: `${i}` })).toHaveLength(1);
    expect(budget.take({ level: 'log', text: '5' })[0]?.text).toMatch(/more than 4 lines/);
    expect(budget.take({ level: 'log', text: '6' })).toEqual([]);
  });

  it('keeps its bounds when example code replaces String.prototype.slice and TextEncoder', () => {
    const budget = new LogBudget(LIMITS);
    const slice = String.prototype.slice;
    const encodeInto = TextEncoder.prototype.encodeInto;
    try {
      String.prototype.slice = () => 'y'.repeat(1000);
      TextEncoder.prototype.encodeInto = () => ({ read: 1e9, written: 0 });
      expect(budget.take({ level: 'log', text: 'x'.repeat(50) })[0]?.text).toBe('x'.repeat(10));
    } finally {
      String.prototype.slice = slice;
      TextEncoder.prototype.encodeInto = encodeInto;
    }
  });
});
