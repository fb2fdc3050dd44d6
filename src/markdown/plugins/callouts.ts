// Callouts: GitHub's `> [!NOTE]` alerts (note, tip, important, warning, caution) through
// markdown-it-github-alerts, with small icons so the markup stays light.
import type { MarkdownIt } from 'markdown-it';
import githubAlerts from 'markdown-it-github-alerts';

/** The alert kinds content may use, as GitHub spells them. */
export const CALLOUT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;

// One glyph per kind, drawn by CSS (prose.css) from the class, instead of an inline SVG per callout.
const NO_ICONS = Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind, '']));

/** Renders `> [!WARNING]` blockquotes as `<div class="markdown-alert markdown-alert-warning">`. */
export function callouts(md: MarkdownIt): void {
  md.use(githubAlerts, { icons: NO_ICONS });
}
