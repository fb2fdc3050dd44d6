import { describe, expect, it } from 'vitest';
import { MATH_CSS } from '../../src/markdown/math-css.ts';
import { typesetStyleSheet } from '../../src/markdown/mathjax.ts';

describe('MATH_CSS', () => {
  it('is the stylesheet the typesetter itself needs, assistive MathML rules included', () => {
    expect(MATH_CSS).toContain('mjx-assistive-mml');
    expect(MATH_CSS).toBe(typesetStyleSheet());
  });
});
