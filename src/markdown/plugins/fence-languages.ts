// Fence languages: a fence must name a language the highlighter knows, so a typo fails the build
// instead of quietly rendering as plain text.
import type { MarkdownIt, StateCore } from 'markdown-it';
import { ContentError } from '../errors.ts';
import { fileLine, type RenderEnv } from '../env.ts';
import { CODE_LANGUAGES } from '../highlighter.ts';

/** Every language a fence may name: the highlighted ones, and `output` (a runnable example's output). */
export const FENCE_LANGUAGES: readonly string[] = [...CODE_LANGUAGES, 'output'];

/** The markdown-it plugin: a core rule that checks the first word of every fence's info string. */
export function fenceLanguages(md: MarkdownIt): void {
  md.core.ruler.after('block', 'fence_languages', checkFenceLanguages);
}

function checkFenceLanguages(state: StateCore): void {
  const env = state.env as RenderEnv;
  for (const token of state.tokens) {
    if (token.type !== 'fence') continue;
    const lang = token.info.trim().split(/\s+/)[0] ?? '';
    // A fence without a language is plain text on purpose.
    if (lang === '' || FENCE_LANGUAGES.includes(lang)) continue;
    throw new ContentError(
      env.file,
      token.map ? fileLine(env, token.map[0]) : undefined,
      `unknown fence language "${lang}"`,
      `use one of ${FENCE_LANGUAGES.join(', ')}, or no language for plain text` + suggestion(lang),
    );
  }
}

// A likely intended language: same letters in another case, or a well-known long name.
const LONG_NAMES: Record<string, string> = {
  typescript: 'ts',
  javascript: 'js',
  shell: 'sh',
  py: 'python',
  yml: 'yaml',
  txt: 'text',
  plaintext: 'text',
};

function suggestion(lang: string): string {
  const lower = lang.toLowerCase();
  const guess = FENCE_LANGUAGES.includes(lower) ? lower : LONG_NAMES[lower];
  return guess ? ` (did you mean "${guess}"?)` : '';
}
