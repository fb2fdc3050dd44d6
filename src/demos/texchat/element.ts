// <texchat-demo>: the eager, tiny part. It shows its fallback until the chat starts (when it comes
// into view, when the URL names a room, or on its button), then loads the chat and MathJax.

/** The custom element's tag, as written in the markdown. */
export const ELEMENT_NAME = 'texchat-demo';

class TexchatDemoElement extends HTMLElement {
  #started = false;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.#started) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tc-button tc-start';
    button.textContent = 'Start the live chat';
    button.addEventListener('click', () => void this.start());
    this.prepend(button);
    if (location.hash.startsWith('#/room/')) return void this.start();
    this.#observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && void this.start(),
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  /** Loads the chat (and MathJax with it) and replaces the fallback; runs once. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.setAttribute('aria-busy', 'true');
    try {
      const { mountChat } = await import('./app.ts');
      await mountChat(this);
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
