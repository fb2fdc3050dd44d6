// Validation of what a client sends the relay: every event is checked before anything changes.
import { idTime } from '../message.ts';
import { parsePacket } from '../protocol.ts';
import { refuse, type Refusal } from './errors.ts';

/** The relay's record of one connection: the identity it bound, its name and its room. */
export interface ConnectionRecord {
  id: string;
  name: string | undefined;
  room: string | undefined;
}

/** A checked request of a client; the sender is always the connection's record, never a claim. */
export type Inbound =
  | { kind: 'hello'; room: string; name: string }
  | { kind: 'here' }
  | { kind: 'bye' }
  | { kind: 'rename'; name: string }
  | { kind: 'message'; id: string; text: string }
  | { kind: 'history-request'; have: string[] };

/** How far a message id's time may lie behind the relay's clock (a day offline) and ahead. */
export const MAX_ID_AGE_MS = 24 * 60 * 60 * 1000;
/** How far a message id's time may lie ahead of the relay's clock (clock skew). */
export const MAX_ID_LEAD_MS = 2 * 60 * 1000;

/**
 * Checks an inbound packet against the connection's record; a `Refusal` says what was wrong.
 * @example checkInbound({ type: 'bye' }, record, Date.now()) → { code: 'ERR_INVALID_PACKET', … }
 */
export function checkInbound(
  data: unknown,
  record: ConnectionRecord,
  now: number,
): Inbound | Refusal {
  const packet = parsePacket(data);
  if (!packet) return refuse('ERR_INVALID_PACKET', 'not a valid TeXchat packet');
  if (packet.type === 'history' || packet.type === 'rooms') {
    return refuse('ERR_FORBIDDEN', `only the relay sends ${packet.type} packets`);
  }
  if (packet.type === 'message') {
    const { id, room, text } = packet.message;
    if (room !== record.room) return refuse('ERR_NOT_IN_ROOM', `join ${room} before sending to it`);
    const time = idTime(id);
    if (time < now - MAX_ID_AGE_MS || time > now + MAX_ID_LEAD_MS) {
      return refuse('ERR_BAD_DATE', 'the message id carries a time too far from the relay clock');
    }
    return { kind: 'message', id, text };
  }
  if (packet.from.id !== record.id) {
    return refuse('ERR_WRONG_SENDER', 'packets must carry the id this connection was opened with');
  }
  if (packet.type === 'hello') return { kind: 'hello', room: packet.room, name: packet.from.name };
  if (packet.room !== record.room) {
    return refuse('ERR_NOT_IN_ROOM', `join ${packet.room} before sending ${packet.type} to it`);
  }
  switch (packet.type) {
    case 'rename':
      return { kind: 'rename', name: packet.from.name };
    case 'history-request':
      return { kind: 'history-request', have: packet.have };
    default:
      return { kind: packet.type };
  }
}

/** True for a refusal rather than a checked request. */
export function isRefusal(value: Inbound | Refusal): value is Refusal {
  return 'code' in value;
}
