// The search dialog (loaded on first use by search-loader.ts): a modal <dialog> with a search
// field, a filter by project, and results from Pagefind's index (built by src/site/search-index.ts).
import { url } from '../site/urls.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';
import { renderResults, type ResultsView } from './search-results.ts';

const DEBOUNCE_MS = 120;

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog (building it the first time) with the focus in the search field. */
export async function openSearchDialog(): Promise<void> {
  dialog ??= createDialog();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.select();
}

function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-title');
  element.innerHTML = `
    <div class="search-head">
      <h2 id="search-title" class="sr-only">Search the docs</h2>
      <label class="sr-only" for="search-input">Search</label>
      <input id="search-input" class="search-input" type="search" placeholder="Search the docs"
        autocomplete="off" spellcheck="false" aria-describedby="search-status">
      <button type="button" class="button search-close">Close</button>
    </div>
    <fieldset class="search-filters" hidden><legend>Project</legend></fieldset>
    <p id="search-status" class="search-status" role="status"></p>
    <ol class="search-results"></ol>`;
  document.body.append(element);
  const view: ResultsView = {
    status: element.querySelector('.search-status')!,
    list: element.querySelector('.search-results')!,
  };
  element.querySelector('.search-close')!.addEventListener('click', () => element.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  element.addEventListener('click', (event) => event.target === element && element.close());
  view.list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) element.close();
  });
  element.addEventListener('keydown', (event) => {
    // Escape closes at once (in a filled search field Chromium would only clear it first).
    if (event.key === 'Escape') element.close();
    else moveFocus(event, element);
  });
  void connect(element, view);
  return element;
}

/** Loads Pagefind, offers its project filters, and searches as the reader types. */
async function connect(element: HTMLDialogElement, view: ResultsView): Promise<void> {
  const input = element.querySelector<HTMLInputElement>('input')!;
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(url('pagefind/pagefind.js'), url());
  } catch {
    view.status.textContent =
      'Search is unavailable: its index is made by `npm run build` (try `npm run preview`).';
    return;
  }
  const filters = element.querySelector<HTMLFieldSetElement>('.search-filters')!;
  const projects = Object.keys((await pagefind.filters())['project'] ?? {}).sort();
  filters.append(...['All', ...projects].map((name) => filterChoice(name)));
  filters.hidden = projects.length === 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const run = ++generation;
      const project = filters.querySelector<HTMLInputElement>('input:checked')?.value ?? 'All';
      const term = input.value.trim();
      if (!term) return renderResults(view, term, []);
      const found = await pagefind.search(term, {
        filters: project === 'All' ? {} : { project },
      });
      const results = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
      if (run === generation) renderResults(view, term, results);
    }, DEBOUNCE_MS);
  };
  input.addEventListener('input', search);
  filters.addEventListener('change', search);
  if (input.value) search();
}

function filterChoice(name: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'search-filter';
  const radio = document.createElement('input');
  Object.assign(radio, { type: 'radio', name: 'search-project', value: name });
  radio.checked = name === 'All';
  label.append(radio, name);
  return label;
}

/** Arrow keys move between the field and the result links; Enter follows a link as usual. */
function moveFocus(event: KeyboardEvent, element: HTMLDialogElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [
    element.querySelector<HTMLElement>('input')!,
    ...element.querySelectorAll<HTMLElement>('.search-results a'),
  ];
  const index = stops.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const next = index + (event.key === 'ArrowDown' ? 1 : -1);
  stops[Math.max(0, Math.min(stops.length - 1, next))]?.focus();
}
