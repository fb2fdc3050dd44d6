// Nicknames and room names: escaping, bounds, private room names, random scientist nicknames.
import { InvalidNameError } from './errors.ts';

/** The longest nickname, in characters, after escaping. */
export const MAX_NICKNAME_LENGTH = 32;
/** The longest room name, in characters, after escaping (a private name is 40). */
export const MAX_ROOM_LENGTH = 64;
/** The length of a private room name, in hex digits. */
export const PRIVATE_ROOM_LENGTH = 40;

/** First names of scientists, handed out until a user picks a nickname. */
export const SCIENTISTS: readonly string[] = [
  'Ada',
  'Emmy',
  'Sofia',
  'Hypatia',
  'Marie',
  'Lise',
  'Rosalind',
  'Grace',
  'Katherine',
  'Dorothy',
  'Maryam',
  'Olga',
  'Cecilia',
  'Jocelyn',
  'Vera',
  'Barbara',
  'Sophie',
  'Mary',
  'Chien-Shiung',
  'Alan',
  'Kurt',
  'Srinivasa',
  'Carl',
  'Leonhard',
  'Henri',
  'Niels',
  'Paul',
  'Werner',
  'Richard',
  'Evariste',
  'Bernhard',
  'David',
  'Emil',
  'Felix',
  'Georg',
  'Isaac',
  'Johannes',
  'Pierre',
  'Blaise',
  'Gottfried',
  'Augustin',
  'Sophus',
  'Subrahmanyan',
  'Edwin',
  'Max',
  'Enrico',
];

/** A source of random 32-bit unsigned integers (crypto by default, injectable in tests). */
export type RandomSource = () => number;

/**
 * Escapes a typed name: trims, drops quotes and backticks, turns every character outside
 * `[A-Za-z0-9]` into `-`, collapses runs of `-` and strips them at both ends; cuts at `max`.
 * @example escapeName('  "Hello, world!" ') → 'Hello-world'
 */
export function escapeName(input: string, max = MAX_ROOM_LENGTH): string {
  const escaped = input
    .trim()
    .replace(/["'`\u2018\u2019\u201C\u201D]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return escaped.slice(0, max).replace(/-+$/, '');
}

/**
 * Escapes a room name, or throws `InvalidNameError` when nothing is left.
 * @example roomName('#Math talk') → 'Math-talk'
 */
export function roomName(input: string): string {
  const name = escapeName(input, MAX_ROOM_LENGTH);
  if (!name) throw new InvalidNameError('room', input);
  return name;
}

/**
 * Escapes a nickname, or throws `InvalidNameError` when nothing is left.
 * @example nickname('Émilie du Châtelet') → 'milie-du-Ch-telet'
 */
export function nickname(input: string): string {
  const name = escapeName(input, MAX_NICKNAME_LENGTH);
  if (!name) throw new InvalidNameError('nickname', input);
  return name;
}

/** True for a private room name: exactly 40 lowercase hex digits. */
export function isPrivateRoom(name: string): boolean {
  return /^[0-9a-f]{40}$/.test(name);
}

/**
 * A new private room name: 40 random hex digits.
 * @example createPrivateRoomName() → '3f2a…' (40 characters)
 */
export function createPrivateRoomName(random: RandomSource = cryptoRandom): string {
  let hex = '';
  while (hex.length < PRIVATE_ROOM_LENGTH) hex += random().toString(16).padStart(8, '0');
  return hex.slice(0, PRIVATE_ROOM_LENGTH);
}

/**
 * A random scientist's first name, avoiding `taken` (case-insensitive) while any is free.
 * @example randomNickname(['Ada']) → 'Emmy' (or any other but Ada)
 */
export function randomNickname(taken: Iterable<string> = [], random = cryptoRandom): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const free = SCIENTISTS.filter((name) => !used.has(name.toLowerCase()));
  const pool = free.length > 0 ? free : SCIENTISTS;
  return pool[random() % pool.length] ?? 'Ada';
}

/** A random 32-bit unsigned integer from the Web Crypto API (present in browsers and Node 20). */
export function cryptoRandom(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** Case-insensitive order of names, used for member lists. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
