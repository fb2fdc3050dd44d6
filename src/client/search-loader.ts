// Opens search from the header button, `/` or Ctrl/Cmd+K. The dialog, Pagefind's script and its
// index load then, on first use, never with the page.
import searchDialogUrl from 'lazy-chunk:./search-dialog.ts';

/** Starts listening; the dialog module is imported on the first request. */
export function initSearch(): void {
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('[data-search-open]')) void openSearch();
  });
  document.addEventListener('keydown', (event) => {
    // A key the focused widget already used (the example editor's Ctrl+K chord) is not ours.
    if (event.defaultPrevented) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (commandK || (slash && !isTyping(event.target))) {
      event.preventDefault();
      void openSearch();
    }
  });
}

async function openSearch(): Promise<void> {
  const { openSearchDialog } = (await import(
    /* @vite-ignore */ searchDialogUrl
  )) as typeof import('./search-dialog.ts');
  await openSearchDialog();
}

/** `/` typed into a field or an editor is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
