// Tests of how run outcomes read in the output panel.
import { describe, expect, it } from 'vitest';
import { describeError, describeTimeout } from '../../src/playground/output';

describe('describeError', () => {
  it('names an uncaught error and its line in the example', () => {
    expect(
      describeError({ name: 'TypeError', message: 'bad', stack: '', phase: 'runtime', line: 4 }),
    ).toBe('Uncaught TypeError: bad (line 4)');
  });

  it('gives a syntax error without "Uncaught"', () => {
    expect(
      describeError({
        name: 'SyntaxError',
        message: 'Unexpected token',
        stack: '',
        phase: 'syntax',
        line: 2,
      }),
    ).toBe('SyntaxError: Unexpected token (line 2)');
  });

  it('points into the hidden setup when the error is there', () => {
    expect(
      describeError({ name: 'Error', message: 'x', stack: '', phase: 'runtime', setupLine: 1 }),
    ).toBe('Uncaught Error: x (line 1 of the hidden setup)');
  });
});

describe('describeTimeout', () => {
  it('says how long the example ran and that it was stopped', () => {
    expect(describeTimeout(2000)).toBe(
      'Stopped after 2 s: the example was still running (an endless loop?).',
    );
  });
});
