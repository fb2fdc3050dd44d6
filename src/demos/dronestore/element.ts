// <dronestore-demo>: the eager, tiny part. It keeps its fallback until the demo starts (when it
// comes into view, or on its button), then loads the demo and the library.

// A lazy chunk, not `import('./app.ts')`: Vite's preload helper (1 KB gzipped) stays off the
// page, which loads this element unasked; the app's own imports follow it when the demo starts.
import appUrl from 'lazy-chunk:./app.ts';

/** The custom element's tag, as written in the markdown. */
export const TAG = 'dronestore-demo';

/** Shows a start button, and starts the demo when it comes near the viewport. */
export class DronestoreDemoElement extends HTMLElement {
  #started = false;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.#started) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button ds-start';
    button.textContent = 'Start the live demo';
    button.addEventListener('click', () => void this.start());
    this.prepend(button);
    this.#observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && void this.start(),
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  /** Loads the demo and replaces the fallback; runs once. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.setAttribute('aria-busy', 'true');
    try {
      const { mountDemo } = (await import(/* @vite-ignore */ appUrl)) as typeof import('./app.ts');
      await mountDemo(this);
    } catch (error) {
      const note = document.createElement('p');
      note.textContent = `The live demo could not start: ${error instanceof Error ? error.message : String(error)}`;
      this.append(note);
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

/** Defines the element once (safe to call again). */
export function defineDronestoreDemo(): void {
  if (!customElements.get(TAG)) customElements.define(TAG, DronestoreDemoElement);
}
