// Rooms in the URL hash (`#/room/<name>`), since a static host cannot rewrite paths.
import { escapeName, MAX_ROOM_LENGTH } from '../../lib/texchat/index.ts';

const PREFIX = '#/room/';

/**
 * The room a hash names (escaped), or undefined when the hash names none.
 * @example roomFromHash('#/room/Math%20talk') → 'Math-talk'
 */
export function roomFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let raw = hash.slice(PREFIX.length);
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape is read as typed; escapeName turns `%` into `-` anyway.
  }
  return escapeName(raw, MAX_ROOM_LENGTH) || undefined;
}

/**
 * The hash of a room.
 * @example hashOfRoom('lobby') → '#/room/lobby'
 */
export function hashOfRoom(room: string): string {
  return PREFIX + encodeURIComponent(room);
}
