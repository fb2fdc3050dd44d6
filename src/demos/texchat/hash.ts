// Rooms in the URL hash (`#/room/<name>`), since a static host cannot rewrite paths.
import { escapeName, MAX_ROOM_LENGTH } from '@project-hub/texchat';

const PREFIX = '#/room/';

/**
 * What a hash asks of the chat: a room; the pair (Ada and Emmy), with `refused` set to the typed
 * name when `#/room/<name>` names no usable room; or undefined for any other hash (a section link
 * such as `#contact`), which leaves the chat as it is.
 */
export type HashRoute = { kind: 'room'; room: string } | { kind: 'pair'; refused?: string };

/**
 * The route a hash names.
 * @example routeFromHash('#/room/lobby') → { kind: 'room', room: 'lobby' }; routeFromHash('#contact') → undefined
 */
export function routeFromHash(hash: string): HashRoute | undefined {
  if (hash === '' || hash === '#') return { kind: 'pair' };
  if (!hash.startsWith(PREFIX)) return undefined;
  const raw = decodeRoom(hash.slice(PREFIX.length));
  const room = escapeName(raw, MAX_ROOM_LENGTH);
  return room ? { kind: 'room', room } : { kind: 'pair', refused: raw };
}

/**
 * The room a hash names (escaped), or undefined when the hash names none.
 * @example roomFromHash('#/room/Math%20talk') → 'Math-talk'
 */
export function roomFromHash(hash: string): string | undefined {
  const route = routeFromHash(hash);
  return route?.kind === 'room' ? route.room : undefined;
}

/**
 * The hash of a room.
 * @example hashOfRoom('lobby') → '#/room/lobby'
 */
export function hashOfRoom(room: string): string {
  return PREFIX + encodeURIComponent(room);
}

/**
 * A typed name quoted for display, with invisible and bidi-control characters spelled out so
 * that they cannot hide or reorder the text around them.
 * @example quoteTyped('\u202Eab') → '"\\u202eab"'
 */
export function quoteTyped(text: string): string {
  return JSON.stringify(text).replace(/\p{C}/gu, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// --- Internal helpers ---

function decodeRoom(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape is read as typed; escapeName turns `%` into `-` anyway.
    return raw;
  }
}
