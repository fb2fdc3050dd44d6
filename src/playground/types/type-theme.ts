// The look of completions, hover types and type errors: the page's colour variables, so light,
// dark and a theme switch while editing all apply (the variables are set in tokens.css and
// RunExamples.astro).
import { EditorView } from '@codemirror/view';

export const TYPE_THEME = EditorView.theme({
  '.cm-tooltip': {
    backgroundColor: 'var(--bg-raised)',
    color: 'var(--fg)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    boxShadow: '0 4px 12px var(--shadow)',
    fontFamily: 'var(--font-mono)',
    fontSize: '0.85em',
  },
  '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font-mono)', maxHeight: '12em' },
  '.cm-tooltip-autocomplete > ul > li': { padding: '0.1em 0.6em', color: 'var(--fg)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent-bg)',
    color: 'var(--fg)',
  },
  '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: '600' },
  '.cm-type-hover': { padding: '0.4em 0.6em', maxWidth: '36em' },
  '.cm-type-hover code': { whiteSpace: 'pre-wrap', color: 'var(--rx-type, var(--fg))' },
  '.cm-type-hover p': { margin: '0.4em 0 0', fontFamily: 'var(--font-body)', color: 'var(--fg)' },
  '.cm-tooltip-lint': { padding: '0' },
  '.cm-diagnostic': { padding: '0.3em 0.6em', color: 'var(--fg)' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--rx-error, #cf222e)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--rx-warn, #9a6700)' },
  '.cm-diagnosticSource': { color: 'var(--muted)', opacity: '1' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--rx-error, #cf222e)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--rx-warn, #9a6700)',
    textUnderlineOffset: '3px',
  },
  '.cm-panel.cm-panel-lint': { backgroundColor: 'var(--bg-raised)', color: 'var(--fg)' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': {
    backgroundColor: 'var(--accent-bg)',
    color: 'var(--fg)',
  },
  '.cm-panel.cm-panel-lint button': { color: 'var(--fg)' },
  '.cm-panels': { backgroundColor: 'var(--bg-raised)', color: 'var(--fg)' },
});
