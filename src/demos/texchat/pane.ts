// One participant's view: name, messages and notices, members, and the composer.
import {
  ChatClient,
  InvalidNameError,
  type Member,
  type Message,
  type Notice,
} from '@project-hub/texchat';
import { Composer } from './composer.ts';
import { throttleToFrame } from './frame.ts';
import { MessageLog } from './message-log.ts';
import { el } from './message-view.ts';
import type { TexRenderer } from './tex-renderer.ts';

/** How often a pane says that a sender's messages are being dropped for its rate, at most. */
export const DROPPED_NOTICE_MS = 10_000;

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
  readonly #log: MessageLog;
  readonly #members = el('ul', 'tc-member-list');
  readonly #composer: Composer;
  readonly #offs: (() => void)[] = [];
  // A flood of presence packets redraws the member list once per frame, not once per packet.
  readonly #redrawMembers = throttleToFrame(() => this.#showMembers(this.client.members()));
  readonly #droppedAt = new Map<string, number>();

  constructor(
    readonly client: ChatClient,
    readonly options: PaneOptions,
  ) {
    const context = () => ({ renderer: options.renderer, self: client.name });
    this.#composer = new Composer({ name: () => client.name, context, send: (t) => this.#send(t) });
    this.#log = new MessageLog({
      context,
      announce: (m) => options.announce(`${m.name}: ${m.text.slice(0, 300)}`, m.id),
    });
    this.#title.id = `tc-title-${client.id}`;
    this.element.setAttribute('aria-labelledby', this.#title.id);
    const hint = el(
      'span',
      'tc-visually-hidden',
      'Arrow keys move between messages and show their TeX source.',
    );
    hint.id = `tc-log-hint-${client.id}`;
    this.#log.element.setAttribute('aria-describedby', hint.id);
    const aside = el('div', 'tc-members');
    aside.append(el('h4', 'tc-members-title', 'Members'), this.#members);
    const main = el('div', 'tc-main');
    main.append(aside, this.#log.element, hint, this.#log.staging);
    const head = el('div', 'tc-pane-head');
    head.append(this.#title, this.#renameForm());
    this.element.append(head, main, this.#composer.element);
    this.#listen();
    this.#refreshTitle();
  }

  /** Empties the log (before moving to another room). */
  clear(): void {
    this.#log.clear();
  }

  /** Adds the stored messages of the current room to the log (those not shown yet). */
  async showHistory(): Promise<void> {
    const room = this.client.room;
    if (room === undefined) return;
    const history = this.client.history;
    this.#addMessages(await history.latest(room, history.maxRoom));
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
      c.on('message', ({ message, local, seq }) => this.#log.add(message, seq, !local)),
      c.on('history', ({ messages }) => this.#addMessages(messages)),
      c.on('evicted', ({ ids }) => this.#log.remove(ids)),
      c.on('notice', (notice) => this.#addNotice(notice)),
      c.on('members', () => this.#redrawMembers()),
      c.on('dropped', ({ sender }) => this.#onDropped(sender)),
    );
  }

  async #send(text: string): Promise<string | undefined> {
    const result = await this.client.send(text);
    if (!result.truncated) return undefined;
    const total = result.originalLength.toLocaleString('en');
    return `Your message had ${total} characters; only the first ${result.message.text.length.toLocaleString('en')} were sent.`;
  }

  #addMessages(messages: Message[]): void {
    const room = this.client.room;
    if (room === undefined) return;
    for (const message of messages) {
      const seq = this.client.history.seqOf(room, message.id);
      if (seq !== undefined) this.#log.add(message, seq);
    }
  }

  #addNotice(notice: Notice): void {
    this.#log.notice(notice.kind, notice.text);
  }

  /** Says (at most every DROPPED_NOTICE_MS per sender) that a sender's messages are dropped. */
  #onDropped(sender: string): void {
    const now = Date.now();
    if (now - (this.#droppedAt.get(sender) ?? -Infinity) < DROPPED_NOTICE_MS) return;
    if (this.#droppedAt.size > 100) this.#droppedAt.clear();
    this.#droppedAt.set(sender, now);
    this.#log.notice('dropped', `${sender} sends too fast; some messages were not shown.`);
  }

  /** Shows the member list (redrawn at most once per frame, see #redrawMembers). */
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

  /** Shows the client's current name (after a rename the page did, not the reader). */
  refreshTitle(): void {
    this.#refreshTitle();
  }

  #refreshTitle(): void {
    this.#title.textContent = this.client.name;
    this.#composer.refreshLabel();
  }
}
