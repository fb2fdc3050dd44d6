// The output panel of a runnable example: the expected output at first, then what a run printed.
import type { LogEntry, RunErrorInfo, RunResult } from './protocol.ts';

/** Renders log entries and outcomes into the example's output `<pre>` (a polite live region). */
export class OutputView {
  private readonly code: HTMLElement;
  private readonly expected: string;
  private pending: LogEntry[] = [];
  private frame = 0;

  constructor(
    private readonly pre: HTMLElement,
    private readonly label?: HTMLElement | null,
  ) {
    this.code = pre.querySelector('code') ?? pre;
    this.expected = this.code.textContent ?? '';
    pre.setAttribute('aria-live', 'polite');
  }

  /** Empties the panel for a new run; screen readers wait until `finish`. */
  begin(): void {
    this.cancelFrame();
    this.pending = [];
    this.code.replaceChildren();
    this.pre.setAttribute('aria-busy', 'true');
    this.pre.dataset['state'] = 'running';
    this.setLabel('Output · running…');
  }

  /** Queues one console entry; entries are drawn once per frame so a chatty example stays cheap. */
  append(entry: LogEntry): void {
    this.pending.push(entry);
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  /** Draws what is left and the outcome (an error, a timeout). */
  finish(result: RunResult): void {
    this.flush();
    if (result.type === 'error') this.drawLine('error', describeError(result.error));
    if (result.type === 'timeout') this.drawLine('error', describeTimeout(result.timeoutMs));
    if (result.type === 'ok' && result.logs.length === 0) this.drawLine('note', '(no output)');
    this.pre.dataset['state'] = result.type;
    this.pre.removeAttribute('aria-busy');
    this.setLabel('Output · from your run');
  }

  /** Replaces the panel with one message (a failure outside any run). */
  message(text: string): void {
    this.begin();
    this.drawLine('error', text);
    this.pre.dataset['state'] = 'error';
    this.pre.removeAttribute('aria-busy');
    this.setLabel('Output');
  }

  /** Shows the expected output again. */
  restore(): void {
    this.cancelFrame();
    this.pending = [];
    this.code.textContent = this.expected;
    this.pre.removeAttribute('aria-busy');
    delete this.pre.dataset['state'];
    this.setLabel('Output');
  }

  private setLabel(text: string): void {
    if (this.label) this.label.textContent = text;
  }

  private flush(): void {
    this.cancelFrame();
    for (const entry of this.pending) this.drawLine(entry.level, entry.text);
    this.pending = [];
  }

  private drawLine(kind: string, text: string): void {
    const line = document.createElement('span');
    line.className = `run-example__log run-example__log--${kind}`;
    line.textContent = this.code.childNodes.length > 0 ? `\n${text}` : text;
    this.code.append(line);
  }

  private cancelFrame(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

/** `TypeError: boom (line 3)`: the error as the reader sees it, with its line in the example. */
export function describeError(error: RunErrorInfo): string {
  const where =
    error.line !== undefined
      ? ` (line ${error.line})`
      : error.setupLine !== undefined
        ? ` (line ${error.setupLine} of the hidden setup)`
        : '';
  if (error.thrownValue) return `Uncaught ${error.message}${where}`;
  return `${error.phase === 'syntax' ? '' : 'Uncaught '}${error.name}: ${error.message}${where}`;
}

/** The message shown when a run is stopped for taking too long. */
export function describeTimeout(timeoutMs: number): string {
  return `Stopped after ${timeoutMs / 1000} s: the example was still running (an endless loop?).`;
}
