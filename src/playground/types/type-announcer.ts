// Says type errors to screen readers: when the number of errors changes, a polite announcement
// (CodeMirror's visually hidden live region) gives the count, the first error and how to list them.
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

/** The extension; announces nothing while the example has no type error. */
export function typeErrorAnnouncer() {
  return ViewPlugin.fromClass(
    class {
      private said = summary(undefined);

      update(update: ViewUpdate): void {
        const next = summary(update);
        if (next.count === this.said.count) return;
        this.said = next;
        // A plugin may not dispatch while the view updates: announce right after.
        queueMicrotask(() => update.view.dispatch({ effects: EditorView.announce.of(next.text) }));
      }
    },
  );
}

function summary(update: ViewUpdate | undefined): { count: number; text: string } {
  if (!update) return { count: 0, text: '' };
  const { state } = update;
  let count = 0;
  let first = '';
  forEachDiagnostic(state, (diagnostic, from) => {
    if (diagnostic.severity !== 'error') return;
    count += 1;
    if (!first) first = `line ${state.doc.lineAt(from).number}: ${diagnostic.message}`;
  });
  if (count === 0) return { count, text: 'No type errors.' };
  const errors = count === 1 ? '1 type error' : `${count} type errors`;
  return { count, text: `${errors}; ${first} Ctrl+Shift+M lists them.` };
}
