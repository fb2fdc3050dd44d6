// <run-example>: hydrates a runnable example rendered at build time with Run, Edit and Reset.
//
// The contract with the markdown pipeline (src/markdown/plugins/runnable-fence.ts writes it; nothing
// else links the two):
//
//   <run-example data-lang="ts" data-code="…visible code…" data-setup="…hidden setup…">
//     <div class="run-example__code"><pre class="shiki …">…highlighted visible code…</pre></div>
//     <div class="run-example__output">
//       <div class="run-example__bar"><span class="run-example__label">Output</span></div>
//       <pre class="run-example__result" tabindex="0"><code>…expected output…</code></pre>
//     </div>
//   </run-example>
//
// - `data-lang`: `ts` or `js`. `data-code`: the code exactly as shown (HTML-escaped in the
//   attribute). `data-setup` (optional): code run before it but never shown; error lines count from
//   the first visible line. The static markup is complete without JavaScript.
// - Hydration adds the buttons to `.run-example__bar` (whose height is reserved by the page CSS, so
//   nothing moves) and makes `.run-example__result` a polite live region for the run's output.
import { OutputView } from './output.ts';
import { prewarm, Runner } from './runner.ts';
import type { EditorAdapter } from './editor.ts';
import type { RunResult } from './protocol.ts';

/** The custom element's tag name. */
export const ELEMENT_NAME = 'run-example';

/** The custom element class; see the contract above. */
export class RunExampleElement extends HTMLElement {
  private readonly runner = new Runner();
  private output: OutputView | undefined;
  private editor: EditorAdapter | undefined;
  private buttons: Record<'run' | 'edit' | 'reset', HTMLButtonElement> | undefined;
  /** Bumped by Reset: an editor that finishes loading after a Reset is not mounted. */
  private generation = 0;

  connectedCallback(): void {
    if (this.buttons) return;
    const pre = this.querySelector<HTMLElement>('.run-example__result');
    const bar = this.querySelector('.run-example__bar');
    if (!pre || !bar) return;
    this.output = new OutputView(pre, bar.querySelector<HTMLElement>('.run-example__label'));
    this.buttons = {
      run: button('Run', 'run', () => void this.run()),
      edit: button('Edit', 'edit', () => void this.edit()),
      reset: button('Reset', 'reset', () => this.reset()),
    };
    const group = document.createElement('div');
    group.className = 'run-example__actions';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', exampleName(this));
    group.append(this.buttons.run, this.buttons.edit, this.buttons.reset);
    bar.append(group);
    // Start loading the worker as soon as a run looks likely.
    this.addEventListener('pointerenter', prewarm, { once: true });
    this.addEventListener('focusin', prewarm, { once: true });
  }

  disconnectedCallback(): void {
    this.runner.cancel();
  }

  /** Runs the current code (the edited code while editing) and shows its output. */
  async run(): Promise<void> {
    if (!this.output) return;
    const output = this.output;
    const code = this.editor?.getValue() ?? this.dataset['code'] ?? '';
    this.markErrorLine(undefined);
    output.begin();
    const setup = this.dataset['setup'];
    const result = await this.runner.run(code, {
      ...(setup === undefined ? {} : { setup }),
      lang: this.dataset['lang'] === 'js' ? 'js' : 'ts',
      onLog: (entry) => output.append(entry),
    });
    if (result.type === 'cancelled') return;
    output.finish(result);
    this.markErrorLine(errorLine(result));
  }

  /** Turns the highlighted code into an editor, loaded on first use. */
  async edit(): Promise<void> {
    const box = this.querySelector<HTMLElement>('.run-example__code');
    const pre = box?.querySelector<HTMLElement>('pre');
    if (!box || !pre || this.editor || !this.buttons) return;
    this.buttons.edit.disabled = true;
    const generation = this.generation;
    let createEditor: typeof import('./editor.ts').createEditor;
    try {
      ({ createEditor } = await import('./editor.ts'));
    } catch (error) {
      if (generation !== this.generation) return;
      this.buttons.edit.disabled = false;
      this.output?.message(
        `The editor could not load (${String(error)}); reload the page to retry.`,
      );
      return;
    }
    // Reset was pressed while the editor loaded: Reset wins, the static code stays.
    if (generation !== this.generation || this.editor) return;
    this.editor = createEditor({
      parent: box,
      look: pre,
      doc: this.dataset['code'] ?? '',
      lang: this.dataset['lang'] === 'js' ? 'js' : 'ts',
      label: 'Example code (editable; Ctrl+Enter runs, Escape then Tab leaves)',
      onRun: () => void this.run(),
    });
    pre.hidden = true;
    this.buttons.edit.hidden = true;
    this.buttons.edit.disabled = false;
    this.editor.focus();
  }

  /** Restores the original code and its expected output. */
  reset(): void {
    this.generation += 1;
    this.runner.cancel();
    this.markErrorLine(undefined);
    const pre = this.querySelector<HTMLElement>('.run-example__code pre');
    if (pre) pre.hidden = false;
    this.editor?.destroy();
    this.editor = undefined;
    if (this.buttons) {
      this.buttons.edit.hidden = false;
      this.buttons.edit.disabled = false;
    }
    this.output?.restore();
  }

  /** Highlights the line an error came from in the editor (the static code ran at build time). */
  private markErrorLine(line: number | undefined): void {
    this.editor?.markLine(line);
  }
}

/** Defines `<run-example>` once; hydrates every example already on the page. */
export function defineRunExample(): void {
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, RunExampleElement);
}

// --- Internal helpers ---

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.className = `button run-example__button--${action}${action === 'run' ? ' button--primary' : ''}`;
  element.addEventListener('click', onClick);
  return element;
}

/** `Example: Hello World`, after the nearest heading above, so each group has its own name. */
function exampleName(element: Element): string {
  const HEADING = 'h1, h2, h3, h4, h5, h6';
  for (let node = element.previousElementSibling; node; node = node.previousElementSibling) {
    // A heading, or a wrapper around one (the site wraps headings with their permalink).
    const heading = node.matches(HEADING) ? node : node.querySelector(`:scope > :is(${HEADING})`);
    if (heading) return `Example: ${heading.textContent?.trim() ?? ''}`;
  }
  return 'Example';
}

function errorLine(result: RunResult): number | undefined {
  return result.type === 'error' ? result.error.line : undefined;
}
