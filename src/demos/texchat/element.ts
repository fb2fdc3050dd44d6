// <texchat-demo>: the eager, tiny part. It shows its fallback (a conversation typeset at build
// time) until the reader asks for the chat: its button, a room in the URL, or the reader's first
// interaction with the page (pointer, key, wheel, touch) while the demo is in view. Then it loads
// the chat and MathJax (about 600 KB gzip), which is never fetched for a reader who only reads.

// A lazy chunk, not `import('./app.ts')`: Vite's preload helper (1 KB gzipped) stays off the
// page, which loads this element unasked; the app's own imports follow it when the demo starts.
import appUrl from 'lazy-chunk:./app.ts';

/** The custom element's tag, as written in the markdown. */
export const ELEMENT_NAME = 'texchat-demo';

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

class TexchatDemoElement extends HTMLElement {
  #started = false;
  #inView = false;
  #interacted = false;
  #observer: IntersectionObserver | undefined;
  readonly #onInteraction = () => {
    this.#interacted = true;
    this.#stopListening();
    if (this.#inView) void this.start();
  };
  // A room typed into the address bar before the chat started opens it too.
  readonly #onHash = () => {
    if (location.hash.startsWith('#/room/')) void this.#startInRoom();
  };

  connectedCallback(): void {
    if (this.#started) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button tc-start';
    button.textContent = 'Start the live chat';
    button.addEventListener('click', () => void this.start());
    this.prepend(button);
    if (location.hash.startsWith('#/room/')) return void this.#startInRoom();
    addEventListener('hashchange', this.#onHash);
    this.#observer = new IntersectionObserver(
      (entries) => {
        this.#inView = entries.some((e) => e.isIntersecting);
        if (this.#inView && this.#interacted) void this.start();
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
    for (const type of INTERACTIONS) addEventListener(type, this.#onInteraction, { passive: true });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#stopListening();
    removeEventListener('hashchange', this.#onHash);
  }

  #stopListening(): void {
    for (const type of INTERACTIONS) removeEventListener(type, this.#onInteraction);
  }

  // Starts in the room the address names and brings the chat into view: a link's reader lands at
  // the top of the page, and on a phone the chat is a screen or two further down.
  async #startInRoom(): Promise<void> {
    if (this.#started) return;
    await this.start();
    this.scrollIntoView({ block: 'start' });
  }

  /** Loads the chat (and MathJax with it) and replaces the fallback; runs once. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.#stopListening();
    removeEventListener('hashchange', this.#onHash);
    this.setAttribute('aria-busy', 'true');
    try {
      const { mountChat } = (await import(/* @vite-ignore */ appUrl)) as typeof import('./app.ts');
      // The chat replaces the button; a keyboard reader who pressed it lands in the first message
      // box (not after a tap, which would open a phone's keyboard unasked).
      const focused = document.activeElement;
      const byKeyboard = this.contains(focused) && focused?.matches(':focus-visible') === true;
      await mountChat(this);
      if (byKeyboard) this.querySelector('textarea')?.focus();
    } catch (error) {
      const note = document.createElement('p');
      note.className = 'tc-load-error';
      note.textContent = `The live chat could not start: ${error instanceof Error ? error.message : String(error)}`;
      this.append(note);
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, TexchatDemoElement);
