// The public room list: counted across every relay process, sent to everyone shortly after a
// change (coalesced, so a crowd joining costs one count) and on a slow timer as a safety net.
import type { Server } from 'socket.io';
import { isPrivateRoom } from '../names.ts';
import { MAX_ROOM_LIST } from '../protocol.ts';
import type { RoomSummary } from '../presence.ts';
import type { ConnectionRecord } from './inbound.ts';

/** Sends the public room list to clients. */
export class RoomList {
  #pending: ReturnType<typeof setTimeout> | undefined;
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(
    readonly io: Server,
    readonly delayMs = 200,
    intervalMs = 5_000,
  ) {
    this.#timer = setInterval(() => void this.#send(true), intervalMs);
  }

  /** Someone joined, left or moved: everyone gets the new counts after `delayMs`. */
  changed(): void {
    this.#pending ??= setTimeout(() => {
      this.#pending = undefined;
      void this.#send(false);
    }, this.delayMs);
  }

  /** Stops the timers. */
  close(): void {
    clearInterval(this.#timer);
    clearTimeout(this.#pending);
  }

  // `local`: the timer's copy goes to this process's clients only (each process has a timer).
  async #send(local: boolean): Promise<void> {
    if (local && this.io.of('/').sockets.size === 0) return;
    try {
      const packet = { type: 'rooms', rooms: await publicRooms(this.io) };
      (local ? this.io.local : this.io).emit('packet', packet);
    } catch {
      // Another process did not answer in time (it may be restarting); the next change retries.
    }
  }
}

/** The public rooms with their member counts, across every relay process. */
export async function publicRooms(io: Server): Promise<RoomSummary[]> {
  const ids = new Map<string, Set<string>>();
  for (const socket of await io.fetchSockets()) {
    const { id, room } = socket.data as Partial<ConnectionRecord>;
    if (room === undefined || id === undefined || isPrivateRoom(room)) continue;
    ids.set(room, (ids.get(room) ?? new Set()).add(id));
  }
  return [...ids]
    .map(([room, members]) => ({ room, members: members.size }))
    .sort((a, b) => b.members - a.members)
    .slice(0, MAX_ROOM_LIST)
    .sort((a, b) => (a.room.toLowerCase() < b.room.toLowerCase() ? -1 : 1));
}
