// The playground page: opens the editor at once, and swaps in a starter when the reader picks one.
import type { RunExampleElement } from './element.ts';

// The element's tag, typed as element.ts's constant (a mismatch fails type-checking): importing the
// value would load element.ts with this page's script, and make Vite split it from the chunk the
// examples load after the first paint (src/components/RunExamples.astro), adding a request there.
const ELEMENT_NAME: typeof import('./element.ts').ELEMENT_NAME = 'run-example';

/** Wires the starter select to the page's example and opens its editor. */
export function startPlayground(): void {
  const example = document.querySelector<RunExampleElement>(`${ELEMENT_NAME}[data-playground]`);
  const select = document.querySelector<HTMLSelectElement>('#playground-starter');
  if (!example || !select) return;
  void customElements.whenDefined(ELEMENT_NAME).then(() => {
    void example.edit({ focus: false });
    // The first starter is in the page already; the others load when the reader picks one.
    select.addEventListener('change', async () => {
      const { STARTERS } = await import('./starters.ts');
      const starter = STARTERS.find((candidate) => candidate.id === select.value);
      if (starter) example.loadOriginal(starter.code);
    });
  });
}
