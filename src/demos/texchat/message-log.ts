// The log of a pane: messages in the receiver's arrival order, typeset in slices that leave the
// main thread free between them, notices bounded apart from messages, and roving focus.
import type { Message } from '../../lib/texchat/index.ts';
import { confineFormulas } from './confine.ts';
import { el, renderMessageSafely, type ViewContext } from './message-view.ts';

/** The most notices (joins, parts, renames) a log keeps; messages are bounded by the history. */
export const MAX_LOG_NOTICES = 50;
/** How long one slice of typesetting may run before the page gets the main thread back. */
export const RENDER_SLICE_MS = 12;

/** A message waiting to be typeset: its arrival number and whether to read it out. */
interface Pending {
  message: Message;
  seq: number;
  announce: boolean;
}

/** What a log asks of its pane. */
export interface MessageLogOptions {
  context: () => ViewContext;
  /** Reads a message out (the last of a slice, when several arrive at once). */
  announce: (message: Message) => void;
}

/** The list of messages and notices of one pane. */
export class MessageLog {
  readonly element = el('ol', 'tc-log');
  readonly #shown = new Map<string, HTMLLIElement>();
  readonly #pending = new Map<string, Pending>();
  readonly #notices: HTMLLIElement[] = [];
  #lastSeq = -1;
  #scheduled = false;

  constructor(readonly options: MessageLogOptions) {
    this.element.setAttribute('aria-label', 'Messages');
    this.element.tabIndex = 0;
    this.element.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /** Queues a message for typesetting (once per id), in the place its arrival number gives. */
  add(message: Message, seq: number, announce = false): void {
    if (this.#shown.has(message.id) || this.#pending.has(message.id)) return;
    this.#pending.set(message.id, { message, seq, announce });
    this.#lastSeq = Math.max(this.#lastSeq, seq);
    this.#schedule();
  }

  /** Removes messages the history evicted (shown or still waiting). */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.#pending.delete(id);
      this.#shown.get(id)?.remove();
      this.#shown.delete(id);
    }
  }

  /** Adds a notice after the messages that arrived so far; the oldest notices go beyond the cap. */
  notice(kind: string, text: string): void {
    const item = el('li', `tc-notice tc-notice-${kind}`, text);
    item.dataset['seq'] = String(this.#lastSeq + 0.5);
    this.#notices.push(item);
    while (this.#notices.length > MAX_LOG_NOTICES) this.#notices.shift()?.remove();
    const atBottom = this.#atBottom();
    this.#follow(this.#insert(item) || atBottom);
  }

  /** Empties the log. */
  clear(): void {
    this.element.replaceChildren();
    this.#shown.clear();
    this.#pending.clear();
    this.#notices.length = 0;
    this.#lastSeq = -1;
  }

  /** How many messages wait to be typeset. */
  get pending(): number {
    return this.#pending.size;
  }

  // --- Internal helpers ---

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setTimeout(() => this.#renderSlice(), 0);
  }

  /** Typesets waiting messages for at most RENDER_SLICE_MS (at least one), then yields. */
  #renderSlice(): void {
    this.#scheduled = false;
    const started = performance.now();
    const context = this.options.context();
    const added: HTMLLIElement[] = [];
    let atEnd = this.#atBottom();
    let spoken: Message | undefined;
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      const item = renderMessageSafely(pending.message, context);
      item.dataset['seq'] = String(pending.seq);
      this.#shown.set(id, item);
      atEnd = this.#insert(item) || atEnd;
      added.push(item);
      if (pending.announce) spoken = pending.message;
      if (performance.now() - started > RENDER_SLICE_MS) break;
    }
    confineFormulas(added);
    this.#follow(atEnd);
    if (spoken) this.options.announce(spoken);
    if (this.#pending.size > 0) this.#schedule();
  }

  /** Inserts in order of `data-seq` (searching from the end); true when it went last. */
  #insert(item: HTMLLIElement): boolean {
    const log = this.element;
    const key = Number(item.dataset['seq']);
    let before: Element | null = null;
    for (let child = log.lastElementChild; child; child = child.previousElementSibling) {
      if (Number((child as HTMLElement).dataset['seq']) <= key) break;
      before = child;
    }
    log.insertBefore(item, before);
    return before === null;
  }

  #atBottom(): boolean {
    const log = this.element;
    return log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  /** Follows the bottom when something went last or the reader was already there. */
  #follow(follow: boolean): void {
    const log = this.element;
    if (!follow) return;
    log.scrollTop = log.scrollHeight;
    // Once more after layout: typeset math can change the height after this frame's styles apply.
    requestAnimationFrame(() => (log.scrollTop = log.scrollHeight));
  }

  /**
   * Up/Down/Home/End move the focus through the messages (a roving focus, as in a listbox);
   * Left/Right scroll the focused message's body sideways when a formula is wider than the pane.
   */
  #onKey(event: KeyboardEvent): void {
    const items = [...this.element.querySelectorAll<HTMLElement>('.tc-message')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const body = items[at]?.querySelector('.tc-body');
    if (body && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      body.scrollLeft += event.key === 'ArrowLeft' ? -40 : 40;
      return;
    }
    const last = items.length - 1;
    const target: Record<string, number> = {
      ArrowUp: at === -1 ? last : Math.max(0, at - 1),
      ArrowDown: at === -1 ? 0 : Math.min(last, at + 1),
      Home: 0,
      End: last,
    };
    const index = target[event.key];
    if (index === undefined || last < 0) return;
    event.preventDefault();
    items[index]?.focus();
  }
}
