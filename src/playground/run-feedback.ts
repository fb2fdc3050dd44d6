// What a run did, next to its output: "running…", then "✓ same as the build · 14 ms", or a compact
// diff against the build's output when they differ (an edited example, or output that varies).
import type { RunResult } from './protocol.ts';
// A lazy chunk, not `import('./line-diff.ts')`: Vite's preload helper (1 KB gzipped) stays off the page.
import lineDiffUrl from 'lazy-chunk:./line-diff.ts';

/** The outcome of a run, summed up for the status line. */
export type RunVerdict = 'same' | 'different' | 'ran' | 'error' | 'timeout';

/** Owns the status text in the toolbar and the diff under the output. */
export class RunFeedback {
  readonly status: HTMLElement;
  private readonly diff: HTMLElement;

  constructor(bar: Element, output: Element) {
    this.status = document.createElement('span');
    this.status.className = 'run-example__status';
    this.status.setAttribute('role', 'status');
    bar.querySelector('.run-example__label')?.after(this.status);
    this.diff = document.createElement('div');
    this.diff.className = 'run-example__diff';
    this.diff.hidden = true;
    output.append(this.diff);
  }

  /** The brief running state. */
  running(): void {
    this.diff.hidden = true;
    this.diff.replaceChildren();
    this.status.dataset['verdict'] = 'running';
    this.status.textContent = 'running…';
  }

  /**
   * Shows the verdict and, when the output differs from the build's, the diff. Without an
   * `expected` output (the playground page), an ok run is just `ran`.
   */
  finished(
    result: RunResult,
    expected: string | undefined,
    actual: string,
    ms: number,
  ): RunVerdict {
    const verdict = verdictOf(result, expected, actual);
    const time = `${Math.max(1, Math.round(ms))} ms`;
    this.status.dataset['verdict'] = verdict;
    this.status.textContent = `${LABELS[verdict]} · ${time}`;
    if (verdict === 'different') void this.showDiff(expected ?? '', actual);
    return verdict;
  }

  /** A message in the status line (a notice about the code), with an optional link shown in full. */
  note(text: string, href?: string): void {
    this.status.dataset['verdict'] = 'note';
    this.status.textContent = text;
    if (href === undefined) return;
    const link = document.createElement('a');
    link.className = 'run-example__share-link';
    link.href = href;
    link.textContent = href;
    this.status.append(' ', link);
  }

  /** Back to the untouched example. */
  clear(): void {
    delete this.status.dataset['verdict'];
    this.status.textContent = '';
    this.diff.hidden = true;
    this.diff.replaceChildren();
  }

  /** The diff code loads with the first difference (most runs match the build). */
  private async showDiff(expected: string, actual: string): Promise<void> {
    const { compactDiff, lineDiff } = (await import(
      /* @vite-ignore */ lineDiffUrl
    )) as typeof import('./line-diff.ts');
    if (this.status.dataset['verdict'] !== 'different') return; // a newer run or Reset came first
    const lines = compactDiff(lineDiff(expected, actual));
    const title = document.createElement('p');
    title.className = 'run-example__diff-title';
    title.textContent = 'Compared with the build’s output (− build, + your run):';
    const pre = document.createElement('pre');
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', 'Difference from the build’s output');
    for (const line of lines) {
      const span = document.createElement(
        line.op === '+' ? 'ins' : line.op === '-' ? 'del' : 'span',
      );
      span.className = `run-example__diff-line run-example__diff-line--${OPS[line.op]}`;
      span.textContent = `${line.op === ' ' ? ' ' : line.op === '-' ? '−' : '+'} ${line.text}\n`;
      pre.append(span);
    }
    this.diff.replaceChildren(title, pre);
    this.diff.hidden = false;
  }
}

/** Same, different, or what went wrong. */
export function verdictOf(
  result: RunResult,
  expected: string | undefined,
  actual: string,
): RunVerdict {
  if (result.type === 'error') return 'error';
  if (result.type === 'timeout') return 'timeout';
  if (expected === undefined) return 'ran';
  return expected === actual ? 'same' : 'different';
}

const LABELS: Record<RunVerdict, string> = {
  same: '✓ same as the build',
  different: '≠ differs from the build',
  ran: '✓ ran',
  error: '✗ error',
  timeout: '✗ stopped',
};

const OPS = { ' ': 'same', '-': 'removed', '+': 'added' } as const;
