// Shiki, loaded once with a fixed set of languages and a light and a dark theme.
import {
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type HighlighterGeneric,
} from 'shiki';

/** Languages fences may use; any other fails the build (plugins/fence-languages.ts). */
export const CODE_LANGUAGES = [
  'ts',
  'js',
  'json',
  'bash',
  'sh',
  'html',
  'css',
  'python',
  'yaml',
  'text',
] as const;

/** Light and dark themes; the page switches with `prefers-color-scheme`. The "-default" GitHub
 * themes keep comments above WCAG AA contrast (plain github-dark's comments are about 3:1). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<HighlighterGeneric<BundledLanguage, BundledTheme>> | undefined;

/** The shared highlighter (created on first use, then reused across pages). */
export function loadHighlighter(): Promise<HighlighterGeneric<BundledLanguage, BundledTheme>> {
  // Listing languages keeps start-up near 60 ms; shiki's default loads all of them (about 5 s).
  highlighter ??= createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: CODE_LANGUAGES.filter((lang): lang is Exclude<typeof lang, 'text'> => lang !== 'text'),
  });
  return highlighter!;
}
