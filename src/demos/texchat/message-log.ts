// The log of a pane: messages in the receiver's arrival order, typeset in slices that leave the
// main thread free between them, notices bounded apart from messages, and roving focus.
import type { Message } from '@project-hub/texchat';
import { confineFormulas } from './confine.ts';
import { throttleToFrame } from './frame.ts';
import { el, renderMessageSafely, type ViewContext } from './message-view.ts';

/** The most notices (joins, parts, renames) a log keeps; messages are bounded by the history. */
export const MAX_LOG_NOTICES = 50;
/** How long one slice of typesetting (one per frame) may run before the page gets it back. */
export const RENDER_SLICE_MS = 10;

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
  /**
   * Where new messages are measured before they join the log: a hidden box of its own, so that
   * measuring lays out a slice's few messages, never the whole log.
   */
  readonly staging = el('div', 'tc-staging');
  readonly #shown = new Map<string, HTMLLIElement>();
  readonly #pending = new Map<string, Pending>();
  readonly #notices: HTMLLIElement[] = [];
  /** The items of the log by `data-seq`, as the DOM has them (found by binary search). */
  readonly #order: { seq: number; item: HTMLLIElement }[] = [];
  #lastSeq = -1;
  // One slice per frame: the log is laid out between slices, by the browser, not by us.
  readonly #schedule = throttleToFrame(() => this.#renderSlice());

  constructor(readonly options: MessageLogOptions) {
    this.element.setAttribute('aria-label', 'Messages');
    this.element.tabIndex = 0;
    this.element.addEventListener('keydown', (event) => this.#onKey(event));
    this.staging.setAttribute('aria-hidden', 'true');
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
      const item = this.#shown.get(id);
      if (item) this.#detach(item);
      this.#shown.delete(id);
    }
  }

  /** Adds a notice after the messages that arrived so far; the oldest notices go beyond the cap. */
  notice(kind: string, text: string): void {
    const item = el('li', `tc-notice tc-notice-${kind}`, text);
    item.dataset['seq'] = String(this.#lastSeq + 0.5);
    this.#notices.push(item);
    while (this.#notices.length > MAX_LOG_NOTICES) {
      const oldest = this.#notices.shift();
      if (oldest) this.#detach(oldest);
    }
    const atBottom = this.#atBottom();
    this.#follow(this.#insert(item) || atBottom);
  }

  /** Empties the log. */
  clear(): void {
    this.element.replaceChildren();
    this.#shown.clear();
    this.#pending.clear();
    this.#notices.length = 0;
    this.#order.length = 0;
    this.#lastSeq = -1;
  }

  /** How many messages wait to be typeset. */
  get pending(): number {
    return this.#pending.size;
  }

  // --- Internal helpers ---

  /**
   * Typesets waiting messages for at most RENDER_SLICE_MS (at least one), newest first (the log
   * shows the bottom, and a flood's backlog never delays the latest message), then yields.
   */
  #renderSlice(): void {
    const started = performance.now();
    const context = this.options.context();
    const added: HTMLLIElement[] = [];
    let follow = this.#atBottom();
    let spoken: Message | undefined;
    for (const [id, pending] of [...this.#pending].reverse()) {
      this.#pending.delete(id);
      const item = renderMessageSafely(pending.message, context);
      item.dataset['seq'] = String(pending.seq);
      this.#shown.set(id, item);
      added.push(item);
      if (pending.announce) spoken ??= pending.message;
      if (performance.now() - started > RENDER_SLICE_MS) break;
    }
    this.staging.append(...added);
    confineFormulas(added);
    for (const item of added) follow = this.#insert(item) || follow;
    this.#follow(follow);
    if (spoken) this.options.announce(spoken);
    if (this.#pending.size > 0) this.#schedule();
  }

  /** Inserts in order of `data-seq` (equal keys keep their arrival); true when it went last. */
  #insert(item: HTMLLIElement): boolean {
    const seq = Number(item.dataset['seq']);
    const at = this.#after(seq);
    const next = this.#order[at]?.item ?? null;
    this.#order.splice(at, 0, { seq, item });
    this.element.insertBefore(item, next);
    return next === null;
  }

  #detach(item: HTMLLIElement): void {
    const seq = Number(item.dataset['seq']);
    for (let at = this.#after(seq) - 1; at >= 0 && this.#order[at]!.seq === seq; at--) {
      if (this.#order[at]!.item !== item) continue;
      this.#order.splice(at, 1);
      break;
    }
    item.remove();
  }

  /** The index of the first entry whose seq is greater than `seq`. */
  #after(seq: number): number {
    let low = 0;
    let high = this.#order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#order[mid]!.seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  #atBottom(): boolean {
    const log = this.element;
    return log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  /** Follows the bottom when something went last or the reader was already there. */
  #follow(follow: boolean): void {
    const log = this.element;
    if (!follow) return;
    // On the next frame, once the browser laid the log out anyway: scrolling now would force a
    // layout of the whole log in the middle of a slice.
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
