// Hover types from the keyboard: Ctrl/Cmd+K then Ctrl/Cmd+I (the chord of VS Code and the TypeScript
// Playground) shows the type under the cursor in a tooltip, and says it to screen readers. Typing,
// moving the cursor or Escape closes it.
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { EditorView, keymap, showTooltip, type Tooltip } from '@codemirror/view';
import type { TypeHover } from './protocol.ts';
import type { TypeClient } from './type-client.ts';

/** The chord and Escape, for the example `id`; `render` draws the tooltip's content. */
export function typeAtCursor(
  client: TypeClient,
  id: string,
  render: (hover: TypeHover) => HTMLElement,
): Extension {
  const show = async (view: EditorView): Promise<void> => {
    const at = view.state.selection.main.head;
    const hover = await client.call(null, (remote) => remote.hover(id, at));
    // The reader may have typed or moved on while the service answered.
    if (view.state.selection.main.head !== at) return;
    if (!hover) {
      view.dispatch({ effects: EditorView.announce.of('No type here.') });
      return;
    }
    const tooltip: Tooltip = {
      pos: hover.from,
      end: hover.to,
      create: () => ({ dom: render(hover) }),
    };
    view.dispatch({
      effects: [setTooltip.of(tooltip), EditorView.announce.of(spoken(hover))],
    });
  };
  return [
    tooltipField,
    keymap.of([
      { key: 'Mod-k Mod-i', run: (view) => (void show(view), true) },
      {
        key: 'Escape',
        run: (view) => {
          if (!view.state.field(tooltipField)) return false;
          view.dispatch({ effects: setTooltip.of(null) });
          return true;
        },
      },
    ]),
  ];
}

// --- Internal helpers ---

const setTooltip = StateEffect.define<Tooltip | null>();

const tooltipField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, transaction) {
    for (const effect of transaction.effects) if (effect.is(setTooltip)) return effect.value;
    return transaction.docChanged || transaction.selection ? null : tooltip;
  },
  provide: (field) => showTooltip.from(field),
});

function spoken(hover: TypeHover): string {
  return hover.documentation ? `${hover.signature}. ${hover.documentation}` : hover.signature;
}
