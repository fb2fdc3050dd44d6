// What the type service adds to an example editor: completions, hover types (also from the
// keyboard: type-at-cursor.ts) and inline type errors (CodeMirror's autocompletion, hoverTooltip
// and linter, fed by the worker). Loaded after the editor is on screen; until the service is ready,
// and if it never is, the editor works without them.
import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { StateEffect, type Extension, type Transaction } from '@codemirror/state';
import {
  hoverTooltip,
  keymap,
  ViewPlugin,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import type { TypeHover } from './protocol.ts';
import { typeClient, type TypeClient } from './type-client.ts';
import { typeErrorAnnouncer } from './type-announcer.ts';
import { typeAtCursor } from './type-at-cursor.ts';
import { TYPE_THEME } from './type-theme.ts';

/** The example an editor shows, as the type service knows it. */
export interface TypedExample {
  /** Unique on the page: `example-3`. */
  id: string;
  lang: 'ts' | 'js';
  /** Hidden setup run before the visible code: its names are in scope. */
  setup: string | undefined;
}

/** The editor extensions that ask the page's type service (created now, if it is not yet). */
export function typeExtensions(example: TypedExample): Extension {
  const client = typeClient();
  const { id } = example;
  return [
    ViewPlugin.define((view) => new TypeSync(view, client, example)),
    linter(
      async (view): Promise<Diagnostic[]> => {
        const diagnostics = await client.call([], (remote) => remote.diagnostics(id));
        // Marks an editor whose code the service has checked (tests wait for it).
        if (client.state === 'ready') view.dom.setAttribute('data-types-checked', '');
        return diagnostics;
      },
      // Lint again once the types arrive: the first lint, before, had no answer.
      { delay: 300, needsRefresh: (update) => update.transactions.some(isTypesArrival) },
    ),
    autocompletion({
      override: [(context) => completions(client, id, context)],
      icons: false,
    }),
    hoverTooltip(async (_view, pos) => {
      const hover = await client.call(null, (remote) => remote.hover(id, pos));
      if (!hover) return null;
      return { pos: hover.from, end: hover.to, create: () => ({ dom: hoverDom(hover) }) };
    }),
    typeAtCursor(client, id, hoverDom),
    keymap.of(lintKeymap),
    typeErrorAnnouncer(),
    TYPE_THEME,
  ];
}

// --- Internal helpers ---

/** Dispatched once the service is ready and has the example's code. */
const typesArrived = StateEffect.define<null>();

function isTypesArrival(transaction: Transaction): boolean {
  return transaction.effects.some((effect) => effect.is(typesArrived));
}

/** Keeps the service's copy of the example in step with the editor; lints once types arrive. */
class TypeSync {
  constructor(
    view: EditorView,
    private readonly client: TypeClient,
    private readonly example: TypedExample,
  ) {
    void client.ready.then((ok) => {
      if (!ok || !view.dom.isConnected) return;
      const { id, lang, setup } = example;
      client.send((remote) => remote.open(id, lang, setup, view.state.doc.toString()));
      view.dispatch({ effects: typesArrived.of(null) });
    });
  }

  update(update: ViewUpdate): void {
    if (!update.docChanged) return;
    const code = update.state.doc.toString();
    this.client.send((remote) => remote.update(this.example.id, code));
  }

  destroy(): void {
    this.client.send((remote) => remote.close(this.example.id));
  }
}

async function completions(
  client: TypeClient,
  id: string,
  context: CompletionContext,
): Promise<CompletionResult | null> {
  // After a word character or a dot, or when asked (Ctrl+Space); not after a space.
  if (!context.explicit && !context.matchBefore(/[\w$.]$/)) return null;
  const result = await client.call(null, (remote) =>
    remote.completions(id, context.pos, context.explicit),
  );
  return result && { from: result.from, options: result.options, validFor: /^[\w$]*$/ };
}

function hoverDom(hover: TypeHover): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-type-hover';
  const signature = dom.appendChild(document.createElement('code'));
  signature.textContent = hover.signature;
  if (hover.documentation) {
    const docs = dom.appendChild(document.createElement('p'));
    docs.textContent = hover.documentation;
  }
  return dom;
}
