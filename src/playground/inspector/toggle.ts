// The "Stores" button of an example and the panel it opens; the panel's code loads on first open.
import type { StoreSnapshot } from './snapshot.ts';
// A lazy chunk, not `import('./view.ts')`: Vite's preload helper (1 KB gzipped) stays off the page.
import viewUrl from 'lazy-chunk:./view.ts';

let panels = 0;

/** Shows the latest run's snapshot on demand; hidden while there is none. */
export class InspectorToggle {
  readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private snapshot: StoreSnapshot | undefined;

  constructor(output: Element) {
    this.panel = document.createElement('section');
    this.panel.className = 'run-example__inspector';
    this.panel.id = `run-example-stores-${++panels}`;
    this.panel.setAttribute('aria-label', 'Stores created by the run');
    this.panel.hidden = true;
    output.append(this.panel);
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'button run-example__button--stores';
    this.button.textContent = 'Stores';
    this.button.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', this.panel.id);
    this.button.addEventListener('click', () => void this.toggle());
  }

  /** A run finished: keep its snapshot (none: the button goes), and redraw an open panel. */
  async update(snapshot: StoreSnapshot | undefined): Promise<void> {
    this.snapshot = snapshot;
    this.button.hidden = !snapshot;
    if (!snapshot) return this.close();
    if (!this.panel.hidden) await this.draw();
  }

  /** Opens or closes the panel. */
  async toggle(): Promise<void> {
    if (!this.panel.hidden) return this.close();
    await this.draw();
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
  }

  private async draw(): Promise<void> {
    if (!this.snapshot) return;
    const { renderSnapshot } = (await import(
      /* @vite-ignore */ viewUrl
    )) as typeof import('./view.ts');
    renderSnapshot(this.panel, this.snapshot);
  }

  private close(): void {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }
}
