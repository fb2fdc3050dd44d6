// One participant's view: name, messages and notices, members, and the composer.
import {
  ChatClient,
  InvalidNameError,
  type Member,
  type Message,
  type Notice,
} from '@project-hub/texchat';
import { Composer } from './composer.ts';
import { el, renderMessage } from './message-view.ts';
import type { TexRenderer } from './tex-renderer.ts';

/** The most entries a log keeps in the page; older ones stay in the history store. */
export const MAX_LOG_ENTRIES = 300;

/** What a pane shares with the rest of the demo. */
export interface PaneOptions {
  renderer: TexRenderer;
  /** Reads a new message out through the demo's live region, once for all panes (by `id`). */
  announce: (text: string, id: string) => void;
}

/** A participant's pane, bound to its ChatClient. */
export class ChatPane {
  readonly element = el('section', 'tc-pane');
  readonly #title = el('h3', 'tc-pane-title');
  readonly #log = el('ol', 'tc-log');
  readonly #members = el('ul', 'tc-member-list');
  readonly #composer: Composer;
  readonly #offs: (() => void)[] = [];

  constructor(
    readonly client: ChatClient,
    readonly options: PaneOptions,
  ) {
    const context = () => ({ renderer: options.renderer, self: client.name });
    this.#composer = new Composer({ name: () => client.name, context, send: (t) => this.#send(t) });
    this.#title.id = `tc-title-${client.id}`;
    this.element.setAttribute('aria-labelledby', this.#title.id);
    this.#log.setAttribute('aria-label', 'Messages');
    this.#log.tabIndex = 0;
    const hint = el(
      'span',
      'tc-visually-hidden',
      'Arrow keys move between messages and show their TeX source.',
    );
    hint.id = `tc-log-hint-${client.id}`;
    this.#log.setAttribute('aria-describedby', hint.id);
    this.#log.addEventListener('keydown', (event) => this.#onLogKey(event));
    const aside = el('div', 'tc-members');
    aside.append(el('h4', 'tc-members-title', 'Members'), this.#members);
    const main = el('div', 'tc-main');
    main.append(aside, this.#log, hint);
    const head = el('div', 'tc-pane-head');
    head.append(this.#title, this.#renameForm());
    this.element.append(head, main, this.#composer.element);
    this.#listen();
    this.#refreshTitle();
  }

  /** Empties the log (before moving to another room). */
  clear(): void {
    this.#log.replaceChildren();
  }

  /** Adds the latest stored messages of the current room to the log (those not shown yet). */
  async showHistory(): Promise<void> {
    const room = this.client.room;
    if (room !== undefined) this.#addMessages(await this.client.history.latest(room, 100));
  }

  /** Stops listening to the client and cancels pending previews. */
  destroy(): void {
    this.#offs.forEach((off) => off());
    this.#composer.destroy();
  }

  // --- Internal helpers ---

  #listen(): void {
    const c = this.client;
    this.#offs.push(
      c.on('message', ({ message, local }) => {
        this.#addMessages([message]);
        if (!local) {
          this.options.announce(`${message.name}: ${message.text.slice(0, 300)}`, message.id);
        }
      }),
      c.on('history', ({ messages }) => this.#addMessages(messages)),
      c.on('notice', (notice) => this.#addNotice(notice)),
      c.on('members', (members) => this.#showMembers(members)),
    );
  }

  async #send(text: string): Promise<string | undefined> {
    const result = await this.client.send(text);
    if (!result.truncated) return undefined;
    const total = result.originalLength.toLocaleString('en');
    return `Your message had ${total} characters; only the first ${result.message.text.length.toLocaleString('en')} were sent.`;
  }

  #addMessages(messages: Message[]): void {
    const context = { renderer: this.options.renderer, self: this.client.name };
    for (const message of messages) {
      if (this.#log.querySelector(`[data-sort="${message.id}"]`)) continue;
      this.#insert(renderMessage(message, context));
    }
  }

  #addNotice(notice: Notice): void {
    const item = el('li', `tc-notice tc-notice-${notice.kind}`, notice.text);
    // Notices sort after the messages of the same millisecond (ids start with the time in hex).
    item.dataset['sort'] = `${notice.date.toString(16).padStart(12, '0')}-~`;
    this.#insert(item);
  }

  /** Inserts in order of `data-sort`, keeps the log bounded, and follows the bottom. */
  #insert(item: HTMLLIElement): void {
    const log = this.#log;
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    const key = item.dataset['sort'] ?? '';
    const after = [...log.children].find((li) => ((li as HTMLElement).dataset['sort'] ?? '') > key);
    log.insertBefore(item, after ?? null);
    while (log.children.length > MAX_LOG_ENTRIES) log.firstElementChild?.remove();
    if (!atBottom && after) return;
    log.scrollTop = log.scrollHeight;
    // Once more after layout: typeset math can change the height after this frame's styles apply.
    requestAnimationFrame(() => (log.scrollTop = log.scrollHeight));
  }

  /** Up/Down/Home/End move the focus through the messages (a roving focus, as in a listbox). */
  #onLogKey(event: KeyboardEvent): void {
    const items = [...this.#log.querySelectorAll<HTMLElement>('.tc-message')];
    const at = items.indexOf(document.activeElement as HTMLElement);
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

  #showMembers(members: Member[]): void {
    this.#members.replaceChildren(
      ...members.map((member) => {
        const button = el(
          'button',
          member.self ? 'tc-member tc-member-self' : 'tc-member',
          member.name,
        );
        button.type = 'button';
        button.setAttribute('aria-label', `Mention ${member.name}${member.self ? ' (you)' : ''}`);
        if (member.self) button.append(el('span', 'tc-you', ' (you)'));
        button.addEventListener('click', () => this.#composer.mention(member.name));
        const li = el('li', 'tc-member-item');
        li.append(button);
        return li;
      }),
    );
  }

  #renameForm(): HTMLFormElement {
    const form = el('form', 'tc-rename');
    const input = el('input', 'input tc-rename-input');
    input.id = `tc-rename-${this.client.id}`;
    input.maxLength = 64;
    input.autocomplete = 'off';
    const label = el('label', 'tc-label', 'Nickname');
    label.htmlFor = input.id;
    const button = el('button', 'button', 'Rename');
    button.type = 'submit';
    form.append(label, input, button);
    input.addEventListener('input', () => input.setCustomValidity(''));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      try {
        this.client.rename(input.value);
        input.value = '';
        input.setCustomValidity('');
      } catch (error) {
        if (!(error instanceof InvalidNameError)) throw error;
        input.setCustomValidity('Use at least one letter or digit.');
        input.reportValidity();
      }
      this.#refreshTitle();
    });
    return form;
  }

  #refreshTitle(): void {
    this.#title.textContent = this.client.name;
    this.#composer.refreshLabel();
  }
}
