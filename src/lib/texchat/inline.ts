// Marks @mentions and http(s) links inside the text segments of a message.

/** A piece of plain text: words, a mention or a link. */
export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; name: string; text: string }
  | { kind: 'link'; href: string; text: string };

// A URL runs to the next space or quote; a mention is @ plus a name as escapeName makes them,
// not glued to a word before it (so mail addresses are not mentions).
const INLINE = /(https?:\/\/[^\s<>"'`]+)|(?<![A-Za-z0-9_.@-])@([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)/gi;

/**
 * Splits plain text into text, mention and link tokens; links keep the URL exactly as typed.
 * @example
 * ```ts
 * tokenizeInline('hi @Emmy, see https://a.org.');
 * // text 'hi ', mention 'Emmy', text ', see ', link 'https://a.org', text '.'
 * ```
 */
export function tokenizeInline(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const start = match.index;
    const [whole, url, name] = match;
    const token = url
      ? linkToken(url)
      : { kind: 'mention' as const, name: name ?? '', text: whole };
    if (token.kind === 'link' && !/^https?:\/\/./i.test(token.text)) continue;
    if (start > last) tokens.push({ kind: 'text', text: text.slice(last, start) });
    tokens.push(token);
    last = start + token.text.length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  return mergeText(tokens);
}

/**
 * The names mentioned in `text` (without the @), in order, without duplicates.
 * @example
 * ```ts
 * findMentions('@Ada and @Emmy and @Ada'); // ['Ada', 'Emmy']
 * ```
 */
export function findMentions(text: string): string[] {
  const names = tokenizeInline(text).flatMap((t) => (t.kind === 'mention' ? [t.name] : []));
  return [...new Set(names)];
}

/** True when `text` mentions `name` (case-insensitive). */
export function mentions(text: string, name: string): boolean {
  const wanted = name.toLowerCase();
  return findMentions(text).some((n) => n.toLowerCase() === wanted);
}

// --- Internal helpers ---

/** Trailing punctuation ends a sentence, not a URL; a closing bracket stays only when balanced. */
function linkToken(url: string): { kind: 'link'; href: string; text: string } {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    const body = url.slice(0, end);
    const unbalanced =
      (last === ')' && count(body, '(') < count(body, ')')) ||
      (last === ']' && count(body, '[') < count(body, ']'));
    if (!/[.,;:!?*]/.test(last) && !unbalanced) break;
    end--;
  }
  const href = url.slice(0, end);
  return { kind: 'link', href, text: href };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function mergeText(tokens: InlineToken[]): InlineToken[] {
  const out: InlineToken[] = [];
  for (const token of tokens) {
    const prev = out[out.length - 1];
    if (token.kind === 'text' && prev?.kind === 'text') prev.text += token.text;
    else out.push(token);
  }
  return out;
}
