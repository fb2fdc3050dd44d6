// Who is in which room: members seen recently, sorted case-insensitively, dropped after a timeout.
import { compareNames, isPrivateRoom } from './names.ts';
import type { Peer } from './protocol.ts';

/** How long a member may stay silent before it drops out, in milliseconds. */
export const DEFAULT_PRESENCE_TIMEOUT_MS = 15_000;

/** The most rooms a client keeps track of; packets about further rooms are ignored. */
export const MAX_TRACKED_ROOMS = 100;
/** The most members a room lists; packets from further members are ignored. */
export const MAX_ROOM_MEMBERS = 100;

/** A member of a room as a member list shows it. */
export interface Member extends Peer {
  /** True for the entry of the client that asks. */
  self: boolean;
}

/** A public room and how many members it has. */
export interface RoomSummary {
  room: string;
  members: number;
}

/** What `Presence.see` found out. */
export type SeenChange =
  | { kind: 'joined' }
  | { kind: 'renamed'; old: string }
  | { kind: 'unchanged' }
  /** Not recorded: too many rooms or members are tracked already. */
  | { kind: 'refused' };

/** A member that dropped out of a room. */
export interface Departure {
  room: string;
  peer: Peer;
}

/** Presence bookkeeping for every room a client hears of; the clock is injectable. */
export class Presence {
  readonly #rooms = new Map<string, Map<string, Peer & { seen: number }>>();

  constructor(
    /** How long a silent member stays listed, in milliseconds. */
    readonly timeoutMs = DEFAULT_PRESENCE_TIMEOUT_MS,
    /** The clock, in milliseconds. */
    readonly now: () => number = Date.now,
  ) {}

  /**
   * Records that `peer` is in `room` now. A new room beyond MAX_TRACKED_ROOMS, or a new member
   * beyond MAX_ROOM_MEMBERS, is refused unless `always` (the client's own room and self).
   * @example presence.see('lobby', { id, name: 'Ada' }) → { kind: 'joined' }
   */
  see(room: string, peer: Peer, always = false): SeenChange {
    const existing = this.#rooms.get(room);
    if (!always && !existing && this.#rooms.size >= MAX_TRACKED_ROOMS) return { kind: 'refused' };
    const members = existing ?? new Map<string, Peer & { seen: number }>();
    const before = members.get(peer.id);
    if (!always && !before && members.size >= MAX_ROOM_MEMBERS) return { kind: 'refused' };
    this.#rooms.set(room, members);
    members.set(peer.id, { id: peer.id, name: peer.name, seen: this.now() });
    if (!before) return { kind: 'joined' };
    return before.name === peer.name
      ? { kind: 'unchanged' }
      : { kind: 'renamed', old: before.name };
  }

  /** Removes `peerId` from `room`; returns the peer that was there, if any. */
  remove(room: string, peerId: string): Peer | undefined {
    const members = this.#rooms.get(room);
    const peer = members?.get(peerId);
    members?.delete(peerId);
    if (members?.size === 0) this.#rooms.delete(room);
    return peer && { id: peer.id, name: peer.name };
  }

  /** Drops every member not seen for `timeoutMs` (except `keep`); returns who dropped out. */
  expire(keep?: string): Departure[] {
    const limit = this.now() - this.timeoutMs;
    const gone: Departure[] = [];
    for (const [room, members] of [...this.#rooms]) {
      for (const peer of [...members.values()]) {
        if (peer.id === keep || peer.seen >= limit) continue;
        this.remove(room, peer.id);
        gone.push({ room, peer: { id: peer.id, name: peer.name } });
      }
    }
    return gone;
  }

  /**
   * The members of `room`, sorted case-insensitively, the entry of `selfId` marked.
   * @example presence.members('lobby', myId) → [{ id, name: 'ada', self: false }, { id: myId, name: 'Emmy', self: true }]
   */
  members(room: string, selfId?: string): Member[] {
    const peers = [...(this.#rooms.get(room)?.values() ?? [])];
    return peers
      .map(({ id, name }) => ({ id, name, self: id === selfId }))
      .sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
  }

  /** The public rooms heard of, with their member counts, by name. */
  publicRooms(): RoomSummary[] {
    return [...this.#rooms]
      .filter(([room, members]) => !isPrivateRoom(room) && members.size > 0)
      .map(([room, members]) => ({ room, members: members.size }))
      .sort((a, b) => compareNames(a.room, b.room));
  }
}
