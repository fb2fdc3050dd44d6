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
import { RunFeedback } from './run-feedback.ts';
import { InspectorToggle } from './inspector/toggle.ts';
import type { StoreSnapshot } from './inspector/snapshot.ts';
import { forgetEdit, loadEdit, saveEdit } from './saved-edits.ts';
// A lazy chunk, not `import('./editor.ts')`: Vite's preload helper (1 KB gzipped) stays off the page.
import editorUrl from 'lazy-chunk:./editor.ts';
import {
  decodeShare,
  encodeShare,
  fingerprint,
  isShareFragment,
  type SharedCode,
} from './share.ts';
import type { EditorAdapter } from './editor.ts';
import type { RunResult } from './protocol.ts';

/** The site's base path with one trailing slash (Vite fills in BASE_URL at build). */
const BASE: string = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The custom element's tag name. */
export const ELEMENT_NAME = 'run-example';

/** Where the code shown came from, when it is not the original (`data-origin` on the element). */
export type CodeOrigin = 'edited' | 'restored' | 'shared';

/** The example's code blocks: directly in the code box, or inside the copy button's wrapper
 * (`<div class="code-block">`, added to every fence by src/markdown/plugins/copy-code.ts). */
const CODE_PRE = ':is(.run-example__code, .run-example__code > .code-block) > pre';

type ButtonName = 'run' | 'edit' | 'share' | 'reset';

/** The custom element class; see the contract above. */
export class RunExampleElement extends HTMLElement {
  private readonly runner = new Runner();
  private output: OutputView | undefined;
  private feedback: RunFeedback | undefined;
  private inspector: InspectorToggle | undefined;
  private editor: EditorAdapter | undefined;
  private buttons: Record<ButtonName, HTMLButtonElement> | undefined;
  /** Bumped by Reset: an editor that finishes loading after a Reset is not mounted. */
  private generation = 0;
  /** The build's output, as the page was served. */
  private expected = '';
  /** The code shown while the editor is closed: the original, a restored edit or shared code. */
  private code = '';
  /** Hidden setup and language, which a share link carries to the playground page (where the
   * setup is shown above the code: see showShared). */
  private setup: string | undefined;
  private language: 'ts' | 'js' = 'ts';

  /** The example's position on its page (saved edits name it by that; share links by their
   * original code first, see hasOriginal). */
  get index(): number {
    return Array.from(document.querySelectorAll(ELEMENT_NAME)).indexOf(this);
  }

  /** The code that Run runs now. */
  get currentCode(): string {
    return this.editor?.getValue() ?? this.code;
  }

  connectedCallback(): void {
    if (this.buttons) return;
    const pre = this.querySelector<HTMLElement>('.run-example__result');
    const bar = this.querySelector('.run-example__bar');
    const outputBox = this.querySelector('.run-example__output');
    if (!pre || !bar || !outputBox) return;
    this.expected = pre.textContent ?? '';
    this.code = this.original;
    this.setup = this.dataset['setup'];
    this.language = this.dataset['lang'] === 'js' ? 'js' : 'ts';
    this.output = new OutputView(pre, bar.querySelector<HTMLElement>('.run-example__label'));
    this.feedback = new RunFeedback(bar, outputBox);
    this.buttons = {
      run: button('Run', 'run', () => void this.run()),
      edit: button('Edit', 'edit', () => void this.edit()),
      share: button('Share', 'share', () => void this.share()),
      reset: button('Reset', 'reset', () => this.reset()),
    };
    this.buttons.share.hidden = true;
    this.inspector = new InspectorToggle(outputBox);
    const group = document.createElement('div');
    group.className = 'run-example__actions';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', exampleName(this));
    group.append(...Object.values(this.buttons), this.inspector.button);
    bar.append(group);
    if (!this.isPlayground) bar.append(playgroundLink(this));
    const saved = loadEdit(this.index);
    if (saved !== undefined && saved !== this.original) this.showCode(saved, 'restored');
    // Start loading the worker as soon as a run looks likely.
    this.addEventListener('pointerenter', prewarm, { once: true });
    this.addEventListener('focusin', prewarm, { once: true });
  }

  disconnectedCallback(): void {
    this.runner.cancel();
  }

  /** Runs the current code (the edited code while editing) and shows its output. */
  async run(): Promise<void> {
    if (!this.output || !this.feedback) return;
    const output = this.output;
    const started = performance.now();
    this.markErrorLine(undefined);
    this.feedback.running();
    // The output keeps its height while it refills, so Run moves nothing below it.
    const result = this.querySelector<HTMLElement>('.run-example__result');
    if (result) result.style.minHeight = `${result.getBoundingClientRect().height}px`;
    output.begin();
    let stores: StoreSnapshot | undefined;
    const outcome = await this.runner.run(this.currentCode, {
      ...(this.setup === undefined ? {} : { setup: this.setup }),
      lang: this.language,
      onLog: (entry) => output.append(entry),
      onStores: (snapshot) => (stores = snapshot),
    });
    if (outcome.type === 'cancelled') return;
    void this.inspector?.update(stores);
    output.finish(outcome);
    if (result) result.style.minHeight = '';
    const actual = result?.textContent ?? '';
    const expected = this.isPlayground ? undefined : this.expected;
    this.feedback.finished(outcome, expected, actual, performance.now() - started);
    this.markErrorLine(errorLine(outcome));
    this.dispatchEvent(new CustomEvent('run-example:ran', { detail: outcome }));
  }

  /**
   * Turns the highlighted code into an editor, loaded on first use. `focus: false` opens it
   * without taking focus (the playground page opens it on load).
   */
  async edit({ focus = true }: { focus?: boolean } = {}): Promise<void> {
    const box = this.querySelector<HTMLElement>('.run-example__code');
    const pre = this.visiblePre();
    if (!box || !pre || this.editor || !this.buttons) return;
    this.buttons.edit.disabled = true;
    const generation = this.generation;
    let createEditor: typeof import('./editor.ts').createEditor;
    try {
      ({ createEditor } = (await import(
        /* @vite-ignore */ editorUrl
      )) as typeof import('./editor.ts'));
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
    // Shared code may have replaced the visible block while the editor loaded.
    const look = this.visiblePre() ?? pre;
    this.editor = createEditor({
      parent: box,
      look,
      doc: this.code,
      lang: this.language,
      label: 'Example code (editable; Ctrl+Enter runs, Escape then Tab leaves)',
      onRun: () => void this.run(),
      onChange: (text) => this.changed(text),
      tabMovesFocusUntilEdited: !focus,
      wrapLines: this.isPlayground,
      setup: this.setup,
    });
    for (const block of this.querySelectorAll<HTMLElement>(CODE_PRE)) block.hidden = true;
    this.buttons.edit.hidden = true;
    this.buttons.edit.disabled = false;
    if (focus) this.editor.focus();
  }

  /** Restores the original code and its expected output, and forgets the saved edit. */
  reset(): void {
    this.generation += 1;
    this.runner.cancel();
    this.markErrorLine(undefined);
    this.querySelector('.run-example__plain')?.remove();
    const pre = this.querySelector<HTMLElement>('.run-example__code pre');
    if (pre) pre.hidden = false;
    this.editor?.destroy();
    this.editor = undefined;
    this.code = this.original;
    this.setup = this.dataset['setup'];
    this.language = this.dataset['lang'] === 'js' ? 'js' : 'ts';
    delete this.dataset['origin'];
    forgetEdit(this.index);
    if (isShareFragment(location.hash))
      history.replaceState(null, '', location.pathname + location.search);
    if (this.buttons) {
      this.buttons.edit.hidden = false;
      this.buttons.edit.disabled = false;
      this.buttons.share.hidden = true;
    }
    this.output?.restore();
    this.feedback?.clear();
    void this.inspector?.update(undefined);
  }

  /** Shows code from a share link: marked as shared, not run (only the reader's Run starts it). */
  showShared(shared: SharedCode): void {
    let code = shared.code;
    if (this.isPlayground) {
      // A link's setup is shown above its code, never run hidden: the reader sees all that Run
      // will run (an example's hidden imports included). On other pages it is ignored.
      if (shared.setup) code = `${shared.setup.replace(/\n?$/, '\n')}${code}`;
      this.setup = undefined;
      this.language = shared.lang ?? this.language;
    }
    this.showCode(code, 'shared');
    this.feedback?.note('Shared code, not run yet: press Run to run it, Reset for the original.');
  }

  /** Shows a message about this example in its status line. */
  notify(text: string): void {
    this.feedback?.note(text);
  }

  /** The share fragment of the current code, for the example at `index` of the target page. */
  shareFragment(index = this.index): Promise<string> {
    return encodeShare({
      index,
      of: fingerprint(this.original),
      code: this.currentCode,
      ...(this.setup === undefined ? {} : { setup: this.setup }),
      lang: this.language,
    });
  }

  /** Copies a link to this example with the current code. */
  async share(): Promise<void> {
    let url: string;
    try {
      url = location.href.split('#')[0] + (await this.shareFragment());
    } catch (error) {
      this.feedback?.note(`Not shared: ${error instanceof Error ? error.message : String(error)}.`);
      return;
    }
    const copied = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    this.feedback?.note(copied ? 'Link copied:' : 'Copy this link:', url);
  }

  /** Replaces the original code (the playground's starter) and opens it in the editor. */
  loadOriginal(code: string): void {
    this.dataset['code'] = code;
    this.reset();
    void this.edit();
  }

  /** Whether this example's original code has the fingerprint `of` (a share link's origin). */
  hasOriginal(of: string | undefined): boolean {
    return of !== undefined && fingerprint(this.original) === of;
  }

  /** The playground page's example: no build output to compare with, code from share links. */
  get isPlayground(): boolean {
    return this.dataset['playground'] !== undefined;
  }

  private get original(): string {
    return this.dataset['code'] ?? '';
  }

  /** Shows `code` as plain text in place of the highlighted original (the editor loads on Edit). */
  private showCode(code: string, origin: CodeOrigin): void {
    const original = this.querySelector<HTMLElement>(`${CODE_PRE}:not(.run-example__plain)`);
    if (!original) return;
    if (this.editor) {
      this.editor.setValue(code);
      this.code = code;
      this.dataset['origin'] = origin;
      if (this.buttons) this.buttons.share.hidden = false;
      return;
    }
    let plain = this.querySelector<HTMLElement>('.run-example__plain');
    if (!plain) {
      plain = original.cloneNode(false) as HTMLElement;
      plain.classList.add('run-example__plain');
      plain.append(document.createElement('code'));
      original.after(plain);
    }
    plain.firstElementChild!.textContent = code;
    plain.hidden = false;
    original.hidden = true;
    this.code = code;
    this.dataset['origin'] = origin;
    if (this.buttons) this.buttons.share.hidden = false;
  }

  /** The editor's text changed: keep it for the session, offer Share. */
  private changed(text: string): void {
    this.dataset['origin'] = 'edited';
    if (text === this.original) forgetEdit(this.index);
    else saveEdit(this.index, text);
    if (this.buttons) this.buttons.share.hidden = text === this.original;
  }

  private visiblePre(): HTMLElement | null {
    return this.querySelector<HTMLElement>(`${CODE_PRE}:not([hidden])`);
  }

  /** Highlights the line an error came from in the editor (the static code ran at build time). */
  private markErrorLine(line: number | undefined): void {
    this.editor?.markLine(line);
  }
}

/** Defines `<run-example>` once; hydrates every example already on the page; opens a share link. */
export function defineRunExample(): void {
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, RunExampleElement);
  if (isShareFragment(location.hash)) void openShareLink(location.hash);
}

/** Shows a share link's code in its example, or says on the page why the link was ignored. */
async function openShareLink(hash: string): Promise<void> {
  const examples = Array.from(document.querySelectorAll<RunExampleElement>(ELEMENT_NAME));
  let shared: SharedCode;
  try {
    shared = await decodeShare(hash);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    examples[0]?.notify(`The link's code was ignored: ${reason}. Showing the original example.`);
    return;
  }
  // The example the link was made from, wherever it is now; else the one at its old position.
  const target =
    examples.find((example) => !example.isPlayground && example.hasOriginal(shared.of)) ??
    examples[shared.index];
  if (!target) {
    examples[0]?.notify(
      `The link's code was ignored: this page has no example ${shared.index + 1}. Showing the original examples.`,
    );
    return;
  }
  target.showShared(shared);
  target.scrollIntoView({ block: 'start' });
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

/** "Open in playground": carries the current code (and setup) to /playground/ in a share link. */
function playgroundLink(example: RunExampleElement): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'run-example__open';
  link.href = `${BASE}playground/`;
  link.textContent = 'Open in playground';
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void example.shareFragment(0).then(
      (fragment) => location.assign(`${link.href}${fragment}`),
      () => location.assign(link.href),
    );
  });
  return link;
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
