// The packets clients exchange over a transport, and their validation on arrival.
import { MAX_NICKNAME_LENGTH, MAX_ROOM_LENGTH } from './names.ts';
import { isEscaped, isMessageId, parseMessage, type Message } from './message.ts';
import type { RoomSummary } from './presence.ts';

/** A participant as others see it: a random client id and a nickname. */
export interface Peer {
  id: string;
  name: string;
}

/** Everything that travels between clients. */
export type Packet =
  /** I joined `room`; others answer with `here`. */
  | { type: 'hello'; room: string; from: Peer }
  /** I am in `room` (heartbeat, and the answer to `hello`). */
  | { type: 'here'; room: string; from: Peer }
  /** I left `room`. */
  | { type: 'bye'; room: string; from: Peer }
  /** I was called `old` and am now `from.name`. */
  | { type: 'rename'; room: string; from: Peer; old: string }
  | { type: 'message'; message: Message }
  /** Send me the messages of `room` whose ids are not in `have`. */
  | { type: 'history-request'; room: string; from: Peer; have: string[] }
  /** The answer to a history request, addressed to one client. */
  | { type: 'history'; room: string; to: string; messages: Message[] }
  /** The public rooms and their member counts, as a relay server counts them. */
  | { type: 'rooms'; rooms: RoomSummary[] };

/** The most message ids a history request carries, and messages a history answer carries. */
export const MAX_HISTORY_BATCH = 500;

/** The most rooms a room list carries. */
export const MAX_ROOM_LIST = 200;

const CLIENT_ID = /^[0-9a-f]{16}$/;

/**
 * Validates a packet from another page or pane; undefined when anything is off.
 * @example parsePacket({ type: 'bye' }) → undefined
 */
export function parsePacket(value: unknown): Packet | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (p['type'] === 'message') {
    const message = parseMessage(p['message']);
    return message && { type: 'message', message };
  }
  if (p['type'] === 'rooms') return parseRooms(p['rooms']);
  const room = p['room'];
  if (!isEscaped(room, MAX_ROOM_LENGTH)) return undefined;
  if (p['type'] === 'history') return parseHistory(room, p);
  const from = parsePeer(p['from']);
  if (!from) return undefined;
  switch (p['type']) {
    case 'hello':
    case 'here':
    case 'bye':
      return { type: p['type'], room, from };
    case 'rename':
      return isEscaped(p['old'], MAX_NICKNAME_LENGTH)
        ? { type: 'rename', room, from, old: p['old'] }
        : undefined;
    case 'history-request':
      return parseHistoryRequest(room, from, p['have']);
    default:
      return undefined;
  }
}

/** True for a client id as createClientId makes them (16 hex digits). */
export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ID.test(value);
}

// --- Internal helpers ---

function parsePeer(value: unknown): Peer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name } = value as Record<string, unknown>;
  return isClientId(id) && isEscaped(name, MAX_NICKNAME_LENGTH) ? { id, name } : undefined;
}

function parseHistoryRequest(room: string, from: Peer, have: unknown): Packet | undefined {
  if (!Array.isArray(have) || have.length > MAX_HISTORY_BATCH) return undefined;
  return have.every(isMessageId) ? { type: 'history-request', room, from, have } : undefined;
}

function parseHistory(room: string, p: Record<string, unknown>): Packet | undefined {
  const { to, messages } = p;
  if (!isClientId(to) || !Array.isArray(messages) || messages.length > MAX_HISTORY_BATCH) {
    return undefined;
  }
  const parsed = messages.map(parseMessage).filter((m): m is Message => m?.room === room);
  return { type: 'history', room, to, messages: parsed };
}

function parseRooms(value: unknown): Packet | undefined {
  if (!Array.isArray(value) || value.length > MAX_ROOM_LIST) return undefined;
  const rooms: RoomSummary[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { room, members } = entry as Record<string, unknown>;
    if (!isEscaped(room, MAX_ROOM_LENGTH) || !Number.isSafeInteger(members)) return undefined;
    if ((members as number) < 1) return undefined;
    rooms.push({ room, members: members as number });
  }
  return { type: 'rooms', rooms };
}
