import { describe, expect, it } from 'vitest';
import { splitSegments } from '@project-hub/texchat';

const text = (t: string) => ({ kind: 'text', text: t });
const inline = (tex: string, source: string) => ({ kind: 'math', tex, display: false, source });
const display = (tex: string, source: string) => ({ kind: 'math', tex, display: true, source });

describe('splitSegments', () => {
  it('leaves plain text as one text segment, newlines included', () => {
    expect(splitSegments('hello\nworld')).toEqual([text('hello\nworld')]);
  });

  it('finds inline math between single dollars', () => {
    expect(splitSegments('area $\\pi r^2$ here')).toEqual([
      text('area '),
      inline('\\pi r^2', '$\\pi r^2$'),
      text(' here'),
    ]);
  });

  it('finds inline math between \\( and \\)', () => {
    expect(splitSegments('a \\(x+1\\) b')).toEqual([
      text('a '),
      inline('x+1', '\\(x+1\\)'),
      text(' b'),
    ]);
  });

  it('finds display math between double dollars', () => {
    expect(splitSegments('$$\\int_0^1 x\\,dx$$')).toEqual([
      display('\\int_0^1 x\\,dx', '$$\\int_0^1 x\\,dx$$'),
    ]);
  });

  it('finds display math between \\[ and \\]', () => {
    expect(splitSegments('see \\[ a^2 \\]')).toEqual([
      text('see '),
      display(' a^2 ', '\\[ a^2 \\]'),
    ]);
  });

  it('turns \\$ into a literal dollar outside math', () => {
    expect(splitSegments('costs \\$5 and \\$6')).toEqual([text('costs $5 and $6')]);
  });

  it('keeps \\$ inside math for TeX to read', () => {
    expect(splitSegments('$a\\$b$')).toEqual([inline('a\\$b', '$a\\$b$')]);
  });

  it('does not read prices as math (no space inside the dollars, no digit after)', () => {
    expect(splitSegments('from $5 to $6')).toEqual([text('from $5 to $6')]);
    expect(splitSegments('it is $x $ not math')).toEqual([text('it is $x $ not math')]);
  });

  it('leaves unmatched delimiters as text', () => {
    expect(splitSegments('a $b')).toEqual([text('a $b')]);
    expect(splitSegments('$$ x')).toEqual([text('$$ x')]);
    expect(splitSegments('\\( x')).toEqual([text('\\( x')]);
    expect(splitSegments('\\[ x')).toEqual([text('\\[ x')]);
    expect(splitSegments('x \\) y \\]')).toEqual([text('x \\) y \\]')]);
    expect(splitSegments('$')).toEqual([text('$')]);
  });

  it('leaves empty formulas as text', () => {
    expect(splitSegments('$$$$')).toEqual([text('$$$$')]);
    expect(splitSegments('\\(\\)')).toEqual([text('\\(\\)')]);
    expect(splitSegments('$$ $$')).toEqual([text('$$ $$')]);
  });

  it('keeps math inside code spans as text', () => {
    expect(splitSegments('type `$x$` for $x$')).toEqual([
      text('type '),
      { kind: 'code', text: '$x$', source: '`$x$`' },
      text(' for '),
      inline('x', '$x$'),
    ]);
    expect(splitSegments('``a ` \\(b\\)``')).toEqual([
      { kind: 'code', text: 'a ` \\(b\\)', source: '``a ` \\(b\\)``' },
    ]);
  });

  it('leaves an unclosed backtick as text and still finds math after it', () => {
    expect(splitSegments('a ` b $c$')).toEqual([text('a ` b '), inline('c', '$c$')]);
  });

  it('splits adjacent formulas of every kind', () => {
    expect(splitSegments('$a$$b$')).toEqual([inline('a', '$a$'), inline('b', '$b$')]);
    expect(splitSegments('$$a$$$$b$$')).toEqual([display('a', '$$a$$'), display('b', '$$b$$')]);
    expect(splitSegments('$$a$$$b$')).toEqual([display('a', '$$a$$'), inline('b', '$b$')]);
    expect(splitSegments('\\(a\\)\\[b\\]')).toEqual([
      inline('a', '\\(a\\)'),
      display('b', '\\[b\\]'),
    ]);
  });

  it('lets a formula span lines', () => {
    expect(splitSegments('$$a\n= b$$')).toEqual([display('a\n= b', '$$a\n= b$$')]);
  });

  it('keeps an escaped backslash whole so a formula after it still opens', () => {
    expect(splitSegments('\\\\$x$')).toEqual([text('\\\\'), inline('x', '$x$')]);
  });

  it('reassembles the source from its segments', () => {
    const input = 'a $b$ `c` \\(d\\) $$e$$ \\[f\\] g';
    const source = splitSegments(input)
      .map((s) => (s.kind === 'text' ? s.text : s.source))
      .join('');
    expect(source).toBe(input);
  });
});
