// Messages: their shape, sortable ids, the length bound, and validation of what arrives.
import { EmptyMessageError, InvalidMessageError } from './errors.ts';
import { MAX_NICKNAME_LENGTH, MAX_ROOM_LENGTH, escapeName } from './names.ts';

/** The longest message text, in UTF-16 code units; longer text is cut with a notice. */
export const MAX_MESSAGE_LENGTH = 4000;

/**
 * The latest date a message may carry: the largest 12-hex-digit time of an id (2^48 - 1 ms, in
 * the year 10889). Every date in [0, MAX_MESSAGE_DATE] is a valid JavaScript Date.
 */
export const MAX_MESSAGE_DATE = 2 ** 48 - 1;

/** How far ahead of the receiver's clock a message may be dated (clocks of devices drift). */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

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
  try {
    return validateMessage(value);
  } catch (error) {
    if (error instanceof InvalidMessageError) return undefined;
    throw error;
  }
}

/**
 * Checks a message that came from elsewhere and returns a clean copy (text cut to the bound);
 * throws `InvalidMessageError` naming the field that is wrong. The date must be a whole number of
 * milliseconds in [0, MAX_MESSAGE_DATE] and match the time its id starts with.
 * @example validateMessage({ ...ok, date: 9e15 }) → throws InvalidMessageError (field 'date')
 */
export function validateMessage(value: unknown): Message {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidMessageError('message', 'is not an object');
  }
  const { id, room, name, text, date } = value as Record<string, unknown>;
  if (!isMessageId(id)) throw new InvalidMessageError('id', 'is not a message id');
  if (!isEscaped(room, MAX_ROOM_LENGTH)) throw new InvalidMessageError('room', 'is not escaped');
  if (!isEscaped(name, MAX_NICKNAME_LENGTH))
    throw new InvalidMessageError('name', 'is not escaped');
  if (typeof text !== 'string' || !text.trim()) {
    throw new InvalidMessageError('text', 'is empty or not a string');
  }
  checkDate(date, id);
  return { id, room, name, text: limitText(text).text, date };
}

/**
 * True when `date` is no later than `now` plus MAX_CLOCK_SKEW_MS (a receiver's plausibility check).
 * @example isPlausibleDate(Date.now() + 1000) → true; isPlausibleDate(Date.now() + 9e10) → false
 */
export function isPlausibleDate(date: number, now: number = Date.now()): boolean {
  return date <= now + MAX_CLOCK_SKEW_MS;
}

/** The time an id starts with, in milliseconds since the epoch. */
export function idTime(id: string): number {
  return parseInt(id.slice(0, 12), 16);
}

/** True when `value` is a name that escapeName leaves unchanged. */
export function isEscaped(value: unknown, max: number): value is string {
  return typeof value === 'string' && value !== '' && escapeName(value, max) === value;
}

// --- Internal helpers ---

function checkDate(date: unknown, id: string): asserts date is number {
  if (typeof date !== 'number' || !Number.isInteger(date)) {
    throw new InvalidMessageError('date', 'is not a whole number of milliseconds');
  }
  if (date < 0 || date > MAX_MESSAGE_DATE) {
    throw new InvalidMessageError('date', `${date} is outside [0, ${MAX_MESSAGE_DATE}]`);
  }
  if (idTime(id) !== date) {
    throw new InvalidMessageError('date', `${date} differs from the time of id ${id}`);
  }
}
