// Up and Down in the composer: walk the messages sent so far, then come back to the unsent draft.

/** The most sent messages the composer remembers. */
export const MAX_DRAFT_HISTORY = 100;

/** The sent-message history of one composer (pure state, no DOM). */
export class DraftHistory {
  readonly #sent: string[] = [];
  /** Position in `#sent` while walking; `#sent.length` means "at the draft". */
  #index = 0;
  #draft = '';

  /** Remembers a sent message and goes back to an empty draft. */
  record(text: string): void {
    if (this.#sent[this.#sent.length - 1] !== text) this.#sent.push(text);
    if (this.#sent.length > MAX_DRAFT_HISTORY) this.#sent.shift();
    this.#index = this.#sent.length;
    this.#draft = '';
  }

  /**
   * The previous sent message (saving `current` as the draft when leaving it), or undefined at the
   * oldest.
   * @example h.record('a'); h.up('dra') → 'a'; h.down('a') → 'dra'
   */
  up(current: string): string | undefined {
    if (this.#index === 0) return undefined;
    if (this.#index === this.#sent.length) this.#draft = current;
    this.#index -= 1;
    return this.#sent[this.#index];
  }

  /** The next sent message, the saved draft after the newest, or undefined at the draft. */
  down(): string | undefined {
    if (this.#index >= this.#sent.length) return undefined;
    this.#index += 1;
    return this.#index === this.#sent.length ? this.#draft : this.#sent[this.#index];
  }

  /**
   * The recalled message on show was edited: it becomes the draft, so Down does not throw the
   * edit away and Up starts again from the newest message.
   * @example h.record('a'); h.up('') → 'a'; h.edited(); h.down() → undefined; h.up('ab') → 'a'; h.down() → 'ab'
   */
  edited(): void {
    this.#index = this.#sent.length;
  }

  /** True while the composer shows a sent message rather than the draft. */
  get walking(): boolean {
    return this.#index < this.#sent.length;
  }
}
