// Builds the DOM of a message from its text: text nodes, mentions, links, code and typeset TeX.
import {
  mentions,
  splitSegments,
  tokenizeInline,
  type Message,
  type Segment,
} from '@project-hub/texchat';
import type { TexRenderer } from './tex-renderer.ts';
import { isSafeUrl } from './sanitize.ts';

/** The most formulas typeset in one message; the rest stay as their source text. */
export const MAX_FORMULAS_PER_MESSAGE = 50;

/** What a view needs to know about the reader. */
export interface ViewContext {
  renderer: TexRenderer;
  /** The reader's nickname, to highlight mentions of them. */
  self: string;
}

/**
 * Typesets `text` into a fragment; user text only ever becomes text nodes. All formulas of the
 * text share one work budget; once it is spent, the remaining formulas stay as their source and
 * a note says why.
 */
export function renderBody(text: string, context: ViewContext): DocumentFragment {
  const started = performance.now();
  const fragment = document.createDocumentFragment();
  const typesetter = context.renderer.beginMessage();
  let formulas = 0;
  for (const segment of splitSegments(text)) {
    if (segment.kind === 'math' && formulas++ < MAX_FORMULAS_PER_MESSAGE) {
      fragment.append(mathElement(segment, typesetter.formula(segment.tex, segment.display)));
    } else if (segment.kind === 'code') {
      fragment.append(el('code', 'tc-code', segment.text));
    } else {
      appendText(fragment, segment.kind === 'text' ? segment.text : segment.source, context.self);
    }
  }
  const spent = typesetter.budget.exhausted;
  if (spent)
    fragment.append(el('span', 'tc-budget-note', `Typesetting stopped: ${spent.message}.`));
  performance.measure('texchat-typeset', { start: started, end: performance.now() });
  return fragment;
}

/** The list item of a message: author, time, body, and the TeX source shown on hover or focus. */
export function renderMessage(message: Message, context: ViewContext): HTMLLIElement {
  const item = el('li', 'tc-message');
  // Reached with the arrow keys inside the log (see ChatPane), not with Tab: one stop per log.
  item.tabIndex = -1;
  item.dataset['id'] = message.id;
  if (message.name === context.self) item.classList.add('tc-own');
  if (mentions(message.text, context.self)) item.classList.add('tc-mentions-me');
  const time = el('time', 'tc-time', formatTime(message.date));
  time.dateTime = new Date(message.date).toISOString();
  const head = el('p', 'tc-head');
  head.append(el('span', 'tc-name', message.name), ' ', time);
  const body = el('div', 'tc-body');
  body.append(renderBody(message.text, context));
  const source = el('pre', 'tc-source');
  source.append(el('span', 'tc-visually-hidden', 'TeX source: '), message.text);
  item.append(head, body, source);
  return item;
}

/**
 * `renderMessage`, except that a message that cannot be shown becomes a visible placeholder
 * saying why, so one bad message never takes the others with it.
 */
export function renderMessageSafely(message: Message, context: ViewContext): HTMLLIElement {
  try {
    return renderMessage(message, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const item = el('li', 'tc-message tc-broken');
    item.tabIndex = -1;
    item.dataset['id'] = String(message.id);
    item.append(el('p', 'tc-head', `A message could not be shown (${reason}).`));
    return item;
  }
}

/** An element with a class and (optionally) text content. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// --- Internal helpers ---

function mathElement(segment: Extract<Segment, { kind: 'math' }>, node: HTMLElement): HTMLElement {
  const wrap = el(
    segment.display ? 'div' : 'span',
    segment.display ? 'tc-math tc-display' : 'tc-math',
  );
  // Kept for confineFormulas, which swaps a formula that paints outside its box for its source.
  wrap.dataset['tex'] = segment.tex;
  wrap.append(node);
  return wrap;
}

function appendText(parent: DocumentFragment, text: string, self: string): void {
  for (const token of tokenizeInline(text)) {
    if (token.kind === 'link' && isSafeUrl(token.href)) {
      const a = el('a', 'tc-link', token.text);
      a.href = token.href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer nofollow';
      parent.append(a);
    } else if (token.kind === 'mention') {
      const own = token.name.toLowerCase() === self.toLowerCase();
      parent.append(el('span', own ? 'tc-mention tc-mention-me' : 'tc-mention', token.text));
    } else {
      parent.append(token.text);
    }
  }
}

function formatTime(date: number): string {
  return new Date(date).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
