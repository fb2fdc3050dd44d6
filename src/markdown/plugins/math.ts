// TeX math: inline `$…$`, display `$$…$$` (inline or as a block), typeset to SVG at build time.
import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import { ContentError } from '../errors.ts';
import { fileLine, type RenderEnv } from '../env.ts';
import type { FragmentCache } from '../fragment-cache.ts';
import { texToSvg } from '../mathjax.ts';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

/** Registers the math rules and their renderers on `md`. */
export function math(md: MarkdownIt, options: { cache?: FragmentCache | undefined } = {}): void {
  const typeset = (token: Token, display: boolean, env: RenderEnv) =>
    typesetOrExplain(token, display, env, options.cache);
  // After `escape`, so `\$` is already a literal dollar. `$x$` inside a code span stays code:
  // the span starts with a backtick, so the backticks rule consumes it before we see a dollar.
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.after('blockquote', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules['math_inline'] = (tokens, idx, _options, env) =>
    typeset(tokens[idx]!, false, env as RenderEnv);
  md.renderer.rules['math_display'] = (tokens, idx, _options, env) =>
    typeset(tokens[idx]!, true, env as RenderEnv);
  md.renderer.rules['math_block'] = (tokens, idx, _options, env) =>
    `<div class="math-display">${typeset(tokens[idx]!, true, env as RenderEnv)}</div>\n`;
}

function typesetOrExplain(
  token: Token,
  display: boolean,
  env: RenderEnv,
  cache: FragmentCache | undefined,
): string {
  try {
    const tex = token.content;
    return cache
      ? cache.through('math', [display ? 'display' : 'inline', tex], () => texToSvg(tex, display))
      : texToSvg(tex, display);
  } catch (error) {
    const line = token.map ? fileLine(env, token.map[0]) : undefined;
    // MathJax's TexError is not an Error subclass, but it has a message.
    const message = (error as { message?: string }).message ?? String(error);
    throw new ContentError(
      env.file,
      line,
      `TeX error in ${display ? '$$…$$' : '$…$'} "${token.content}": ${message}`,
      'fix the formula (MathJax TeX syntax); for a literal dollar sign write \\$',
      { cause: error },
    );
  }
}

// Inline: `$$…$$` (display) or `$…$` with Pandoc's rules: no space just inside the dollars,
// and no digit right after the closing one, so "$5 and $6" stays text.
function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const open = display ? 2 : 1;
  const end = display ? findDisplayClose(src, pos + 2) : findInlineClose(src, pos + 1);
  if (end < 0) return false;
  if (!silent) {
    const token = state.push(display ? 'math_display' : 'math_inline', 'math', 0);
    token.content = src.slice(pos + open, end);
    token.markup = display ? '$$' : '$';
  }
  state.pos = end + open;
  return true;
}

function findInlineClose(src: string, start: number): number {
  if (start >= src.length || /\s/.test(src[start]!)) return -1;
  for (let i = start; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code !== DOLLAR) continue;
    // The first unescaped dollar decides: it closes the formula, or there is no formula here.
    const closes = i > start && !/\s/.test(src[i - 1]!) && !/\d/.test(src[i + 1] ?? '');
    return closes ? i : -1;
  }
  return -1;
}

function findDisplayClose(src: string, start: number): number {
  for (let i = start; i < src.length - 1; i++) {
    const code = src.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code === DOLLAR && src.charCodeAt(i + 1) === DOLLAR) return i > start ? i : -1;
  }
  return -1;
}

// Block: a paragraph of its own that starts with `$$` and ends with `$$` (one line or several).
function mathBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  const first = lineText(state, startLine).trim();
  if (!first.startsWith('$$')) return false;
  let content: string | undefined;
  let last = startLine;
  if (first.length > 4 && first.endsWith('$$')) {
    content = first.slice(2, -2);
  } else {
    const lines = [first.slice(2)];
    for (let line = startLine + 1; line < endLine; line++) {
      const text = lineText(state, line).trim();
      if (state.sCount[line]! < state.blkIndent) return false;
      if (text.endsWith('$$')) {
        lines.push(text.slice(0, -2));
        content = lines.join('\n');
        last = line;
        break;
      }
      lines.push(text);
    }
  }
  if (content === undefined || content.trim() === '') return false;
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content.trim();
  token.map = [startLine, last + 1];
  token.markup = '$$';
  state.line = last + 1;
  return true;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
}
