// The playground page: opens the editor at once, and swaps in a starter when the reader picks one.
import { STARTERS } from './starters.ts';
import { ELEMENT_NAME, type RunExampleElement } from './element.ts';

/** Wires the starter select to the page's example and opens its editor. */
export function startPlayground(): void {
  const example = document.querySelector<RunExampleElement>(`${ELEMENT_NAME}[data-playground]`);
  const select = document.querySelector<HTMLSelectElement>('#playground-starter');
  if (!example || !select) return;
  void customElements.whenDefined(ELEMENT_NAME).then(() => {
    void example.edit({ focus: false });
    select.addEventListener('change', () => {
      const starter = STARTERS.find((candidate) => candidate.id === select.value);
      if (starter) example.loadOriginal(starter.code);
    });
  });
}
