// Copy buttons on code blocks (markup from src/markdown/plugins/copy-code.ts): one listener for
// all of them; the result is shown on the button and announced through the page's status region.

const RESET_AFTER_MS = 2000;

/** Copies a block's code when its `[data-copy-code]` button is pressed. */
export function initCopyButtons(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(
      '[data-copy-code]',
    );
    if (button) void copy(button);
  });
}

async function copy(button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(codeOf(button));
    report(button, 'Copied', 'Code copied to the clipboard');
  } catch {
    report(button, 'Failed', 'Copying failed: select the code and copy it by hand');
  }
}

/** The code as the reader sees it: a <run-example>'s edited code, or the block's text. */
function codeOf(button: HTMLButtonElement): string {
  const example = button.closest<HTMLElement>('run-example');
  if (!example) return button.parentElement?.querySelector('pre')?.textContent ?? '';
  // An example being edited: CodeMirror renders one .cm-line per line (examples are short
  // enough that every line is rendered).
  const lines = example.querySelectorAll('.cm-editor .cm-line');
  if (lines.length > 0) return Array.from(lines, (line) => line.textContent ?? '').join('\n');
  return example.dataset['code'] ?? '';
}

function report(button: HTMLButtonElement, label: string, announcement: string): void {
  button.textContent = label;
  const status = document.getElementById('announcer');
  if (status) status.textContent = announcement;
  setTimeout(() => {
    button.textContent = 'Copy';
    if (status?.textContent === announcement) status.textContent = '';
  }, RESET_AFTER_MS);
}
