// The example editor: CodeMirror 6 behind a small adapter, loaded only when a reader clicks Edit.
import { minimalSetup } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { indentWithTab } from '@codemirror/commands';
import { Compartment, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { TypedExample } from './types/type-extensions.ts';
// A lazy chunk, not `import()`: Vite's preload helper stays out of the editor's chunk too.
import typeExtensionsUrl from 'lazy-chunk:./types/type-extensions.ts';

/** What the playground needs from an editor, whatever implements it. */
export interface EditorAdapter {
  getValue(): string;
  /** Replaces the whole text (a share link's code arriving after the editor opened). */
  setValue(text: string): void;
  focus(): void;
  /** Highlights one 1-based line (an error), or none. */
  markLine(line: number | undefined): void;
  destroy(): void;
}

/** Options for `createEditor`. */
export interface EditorOptions {
  parent: HTMLElement;
  /** The element the editor replaces: its colours, font, padding and border are copied. */
  look: HTMLElement;
  doc: string;
  lang: 'ts' | 'js';
  /** Accessible name of the editable area. */
  label: string;
  /** Called on Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Called after each change of the text, with the new text. */
  onChange?: (text: string) => void;
  /**
   * Tab moves focus on until the reader edits or clicks in the editor (an editor present from
   * page load, as on /playground/, must not catch a keyboard user walking the page).
   */
  tabMovesFocusUntilEdited?: boolean;
  /** Wraps long lines instead of scrolling sideways (a full-page editor on a phone). */
  wrapLines?: boolean;
  /** Hidden setup run before the code: its names are in scope for the type service. */
  setup?: string | undefined;
}

/** Mounts a CodeMirror editor in `parent`, styled like `look`. */
export function createEditor(options: EditorOptions): EditorAdapter {
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        minimalSetup,
        // Tab indents; Escape then Tab moves focus on (CodeMirror's tab-focus mode): no keyboard trap.
        keymap.of([indentWithTab]),
        javascript({ typescript: options.lang === 'ts' }),
        syntaxHighlighting(CODE_COLOURS),
        errorLineField,
        typeCompartment.of([]),
        // tabindex: already in the tab order as contenteditable, but said explicitly so checkers
        // (axe's scrollable-region-focusable) see that a scrolled editor can be reached by keyboard.
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        options.wrapLines ? EditorView.lineWrapping : [],
        EditorView.theme(copyLook(options.look)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString());
        }),
      ],
    }),
  });
  // Completions, hover types and type errors from the page's type service (a worker, created now
  // if it is not yet). They arrive after the editor is usable; without them it works as is.
  editors += 1;
  void addTypes(view, { id: `editor-${editors}`, lang: options.lang, setup: options.setup });
  if (options.tabMovesFocusUntilEdited) {
    view.setTabFocusMode(true);
    const release = () => view.setTabFocusMode(false);
    view.contentDOM.addEventListener('beforeinput', release, { once: true });
    view.contentDOM.addEventListener('mousedown', release, { once: true });
  }
  return {
    getValue: () => view.state.doc.toString(),
    setValue: (text) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
    markLine: (line) => view.dispatch({ effects: setErrorLine.of(line) }),
    destroy: () => view.destroy(),
  };
}

// --- Internal helpers ---

const typeCompartment = new Compartment();
/** Editors created on this page so far: each is its own file in the type service. */
let editors = 0;

/** Loads the type service's editor side once the editor is on screen; a failure leaves it untyped. */
async function addTypes(view: EditorView, example: TypedExample): Promise<void> {
  try {
    const { typeExtensions } = (await import(
      /* @vite-ignore */ typeExtensionsUrl
    )) as typeof import('./types/type-extensions.ts');
    if (view.dom.isConnected)
      view.dispatch({ effects: typeCompartment.reconfigure(typeExtensions(example)) });
  } catch {
    // No types: the editor stays as it is, and says nothing alarming.
  }
}

// Colours come from CSS variables set by the page (light and dark): shiki's GitHub themes.
const CODE_COLOURS = HighlightStyle.define([
  { tag: [tags.keyword, tags.modifier, tags.operatorKeyword], color: 'var(--rx-keyword)' },
  { tag: [tags.string, tags.regexp], color: 'var(--rx-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--rx-constant)' },
  // Not italic: shiki's GitHub themes set comments upright.
  { tag: tags.comment, color: 'var(--rx-comment)' },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: 'var(--rx-function)',
  },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--rx-type)' },
]);

const setErrorLine = StateEffect.define<number | undefined>();
const errorLineMark = Decoration.line({ class: 'run-example__error-line' });

const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      const valid = line !== undefined && line >= 1 && line <= transaction.state.doc.lines;
      next = valid
        ? Decoration.set([errorLineMark.range(transaction.state.doc.line(line).from)])
        : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The static block's look, so switching to the editor changes neither colours nor layout. */
function copyLook(look: HTMLElement): Parameters<typeof EditorView.theme>[0] {
  const style = getComputedStyle(look);
  return {
    '&': {
      // The page's variables, not the computed colours: a theme change while editing follows.
      // The tint of an example's code (RunExamples.astro), else the page's code blocks.
      color: 'var(--code-block-fg)',
      backgroundColor: 'var(--rx-code-bg, var(--code-block-bg))',
      border: style.border,
      borderRadius: style.borderRadius,
      margin: style.margin,
      fontSize: style.fontSize,
      // As tall as the block it replaces, so nothing below it moves.
      boxSizing: 'border-box',
      minHeight: `${look.getBoundingClientRect().height}px`,
    },
    // On the editable area itself (contenteditable always matches :focus-visible), so the ring
    // shows the moment it has focus, not when CodeMirror next marks the editor focused.
    '&.cm-focused': { outline: 'none' },
    '.cm-content:focus-visible': {
      outline: '2px solid var(--focus, var(--accent))',
      outlineOffset: '-2px',
    },
    '.cm-scroller': { fontFamily: style.fontFamily, lineHeight: style.lineHeight },
    '.cm-content': {
      padding: `${style.paddingTop} 0 ${style.paddingBottom}`,
      caretColor: 'var(--code-block-fg)',
    },
    '.cm-line': { padding: `0 ${style.paddingRight} 0 ${style.paddingLeft}` },
    '.cm-cursor': { borderLeftColor: 'var(--code-block-fg)' },
  };
}
