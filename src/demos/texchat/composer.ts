// The message box of a pane: Enter sends, Shift/Alt+Enter breaks the line, Up/Down walk history,
// and a live preview typesets the draft.
import { MAX_MESSAGE_LENGTH } from '@project-hub/texchat';
import { confineFormulas } from './confine.ts';
import { DraftHistory } from './draft-history.ts';
import { el, renderBody, type ViewContext } from './message-view.ts';

const PREVIEW_DELAY_MS = 120;
let nextId = 0;

/** What the composer needs from its pane. */
export interface ComposerOptions {
  /** The participant's name, for the label ("Message as Ada"). */
  name: () => string;
  context: () => ViewContext;
  /** Sends the text; resolves to a notice to show (such as "message cut"), if any. */
  send: (text: string) => Promise<string | undefined>;
}

/** A labelled textarea with its preview, help text and status line. */
export class Composer {
  readonly element = el('form', 'tc-composer');
  readonly textarea = el('textarea', 'input tc-input');
  readonly #label = el('label', 'tc-label');
  readonly #preview = el('div', 'tc-preview');
  readonly #status = el('p', 'tc-status');
  readonly #history = new DraftHistory();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly options: ComposerOptions) {
    const id = `tc-input-${++nextId}`;
    this.textarea.id = id;
    this.textarea.rows = 2;
    this.#label.htmlFor = id;
    const help = el(
      'p',
      'tc-help',
      'Enter sends; Shift+Enter adds a line; Up and Down recall sent messages.',
    );
    help.id = `${id}-help`;
    this.textarea.setAttribute('aria-describedby', help.id);
    this.#preview.setAttribute('aria-label', 'Preview of the draft');
    this.#preview.setAttribute('role', 'region');
    this.#status.setAttribute('role', 'status');
    const send = el('button', 'button', 'Send');
    send.type = 'submit';
    const row = el('div', 'tc-row');
    row.append(this.textarea, send);
    this.element.append(this.#label, row, help, this.#status, this.#preview);
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send();
    });
    this.textarea.addEventListener('keydown', (event) => this.#onKey(event));
    this.textarea.addEventListener('input', () => {
      this.#history.edited();
      this.#schedulePreview();
    });
    this.refreshLabel();
  }

  /** Inserts text at the caret and focuses the box. */
  insert(text: string): void {
    this.textarea.setRangeText(
      text,
      this.textarea.selectionStart,
      this.textarea.selectionEnd,
      'end',
    );
    this.textarea.focus();
    this.#history.edited();
    this.#schedulePreview();
  }

  /** Inserts `@name ` at the caret, after a space when it would otherwise stick to a word. */
  mention(name: string): void {
    const before = this.textarea.value[this.textarea.selectionStart - 1] ?? ' ';
    this.insert(`${/\s/.test(before) ? '' : ' '}@${name} `);
  }

  /** Updates the label after a rename. */
  refreshLabel(): void {
    this.#label.textContent = `Message as ${this.options.name()}`;
  }

  /** Cancels a pending preview. */
  destroy(): void {
    clearTimeout(this.#timer);
  }

  // --- Internal helpers ---

  #onKey(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const box = this.textarea;
    const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'Enter' && plain) {
      event.preventDefault();
      void this.#send();
    } else if (event.key === 'Enter' && event.altKey) {
      event.preventDefault();
      this.insert('\n');
    } else if (!plain) {
      return; // Shift+Up selects text, Ctrl+Up and the like move the caret: none of them recalls.
    } else if (event.key === 'ArrowUp' && !box.value.slice(0, box.selectionStart).includes('\n')) {
      this.#recall(event, this.#history.up(box.value));
    } else if (event.key === 'ArrowDown' && !box.value.slice(box.selectionEnd).includes('\n')) {
      this.#recall(event, this.#history.down());
    }
  }

  /** Shows a recalled message (only on the first or last line, so multi-line editing still works). */
  #recall(event: KeyboardEvent, text: string | undefined): void {
    if (text === undefined) return;
    event.preventDefault();
    this.textarea.value = text;
    this.textarea.setSelectionRange(text.length, text.length);
    this.#schedulePreview();
  }

  async #send(): Promise<void> {
    const text = this.textarea.value;
    if (!text.trim()) return;
    this.#history.record(text);
    clearTimeout(this.#timer);
    this.textarea.value = '';
    this.#renderPreview();
    try {
      this.#status.textContent = (await this.options.send(text)) ?? '';
    } catch (error) {
      this.#status.textContent = error instanceof Error ? error.message : String(error);
    }
  }

  #schedulePreview(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#renderPreview(), PREVIEW_DELAY_MS);
  }

  #renderPreview(): void {
    const text = this.textarea.value;
    const over = text.length > MAX_MESSAGE_LENGTH;
    this.#status.textContent = over
      ? `${text.length.toLocaleString('en')} / ${MAX_MESSAGE_LENGTH.toLocaleString('en')} characters: the message will be cut.`
      : '';
    this.#preview.replaceChildren();
    // A long or wide preview scrolls; the keyboard reaches it while it shows something.
    if (!text.trim()) return this.#preview.removeAttribute('tabindex');
    this.#preview.tabIndex = 0;
    this.#preview.append(el('span', 'tc-preview-label', 'Preview'));
    // The renderer's cache keeps unchanged formulas from being typeset again on each keystroke.
    this.#preview.append(renderBody(text.slice(0, MAX_MESSAGE_LENGTH), this.options.context()));
    confineFormulas([this.#preview]);
  }
}
