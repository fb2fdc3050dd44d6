// Messages: their shape, sortable ids, the length bound, and validation of what arrives.
import { EmptyMessageError } from './errors.ts';
import { MAX_NICKNAME_LENGTH, MAX_ROOM_LENGTH, escapeName } from './names.ts';

/** The longest message text, in UTF-16 code units; longer text is cut with a notice. */
export const MAX_MESSAGE_LENGTH = 4000;

/** One chat message. `date` is milliseconds since the epoch. */
export interface Message {
  id: string;
  room: string;
  name: string;
  text: string;
  date: number;
}

/** A bounded text and whether it had to be cut. */
export interface LimitedText {
  text: string;
  truncated: boolean;
  originalLength: number;
}

// 12 hex digits of time, 4 of a per-sender counter, 8 of sender tag: code-unit order is time order.
const ID_PATTERN = /^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{8}$/;

/**
 * A message id that sorts by time, then by the sender's counter, then by sender.
 * @example createMessageId(0x18f00000000, 1, 'c0ffee00') → '018f00000000-0001-c0ffee00'
 */
export function createMessageId(date: number, seq: number, senderTag: string): string {
  const time = Math.max(0, Math.floor(date)).toString(16).padStart(12, '0').slice(-12);
  return `${time}-${(seq & 0xffff).toString(16).padStart(4, '0')}-${senderTag}`;
}

/** True for a well-formed message id (so it is safe inside a datastore key). */
export function isMessageId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/**
 * Normalises newlines and cuts text to `max` code units, never inside a surrogate pair.
 * @example limitText('abc', 2) → { text: 'ab', truncated: true, originalLength: 3 }
 */
export function limitText(input: string, max = MAX_MESSAGE_LENGTH): LimitedText {
  const text = input.replace(/\r\n?/g, '\n');
  if (text.length <= max) return { text, truncated: false, originalLength: text.length };
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return { text: text.slice(0, cut), truncated: true, originalLength: text.length };
}

/** Builds a message from already escaped room and name; empty text is an `EmptyMessageError`. */
export function createMessage(fields: Message): Message {
  if (!fields.text.trim()) throw new EmptyMessageError();
  return { ...fields, text: limitText(fields.text).text };
}

/**
 * Checks a message that came from elsewhere; returns a clean copy, or undefined when malformed.
 * @example parseMessage({ id: 'x' }) → undefined
 */
export function parseMessage(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, room, name, text, date } = value as Record<string, unknown>;
  if (!isMessageId(id) || typeof text !== 'string' || !text.trim()) return undefined;
  if (typeof date !== 'number' || !Number.isFinite(date)) return undefined;
  if (!isEscaped(room, MAX_ROOM_LENGTH) || !isEscaped(name, MAX_NICKNAME_LENGTH)) return undefined;
  return { id, room, name, text: limitText(text).text, date };
}

/** True when `value` is a name that escapeName leaves unchanged. */
export function isEscaped(value: unknown, max: number): value is string {
  return typeof value === 'string' && value !== '' && escapeName(value, max) === value;
}
