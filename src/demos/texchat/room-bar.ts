// The room controls: where you are, a link for a new tab, joining a room, public rooms and counts.
import {
  MAX_ROOM_LENGTH,
  createPrivateRoomName,
  escapeName,
  isPrivateRoom,
  type RoomSummary,
} from '@project-hub/texchat';
import { throttleToFrame } from './frame.ts';
import { hashOfRoom, quoteTyped } from './hash.ts';
import { el } from './message-view.ts';

/** The most public rooms the bar lists (the busiest first); the rest are counted. */
export const MAX_LISTED_ROOMS = 20;

/** How `RoomBar.showRoom` describes the room. */
export interface ShowRoomOptions {
  /** Offer the way back to Ada and Emmy (when the address names a room). */
  back: boolean;
  /** A room name the address gave that escaped to nothing. */
  refused?: string;
}

/** The bar above the panes; navigation goes through the URL hash. */
export class RoomBar {
  readonly element = el('div', 'tc-roombar');
  readonly #where = el('p', 'tc-where');
  readonly #rooms = el('ul', 'tc-room-list');
  #latest: RoomSummary[] = [];
  // Every presence packet can change the counts; the list is rebuilt once per frame at most.
  readonly #redraw = throttleToFrame(() => this.#drawRooms(this.#latest));

  constructor() {
    const publicRooms = el('div', 'tc-public');
    publicRooms.append(el('span', 'tc-public-title', 'Public rooms: '), this.#rooms);
    this.element.append(this.#where, this.#joinForm(), publicRooms);
    this.#drawRooms([]);
  }

  /**
   * Shows the current room and the link that opens it in a new tab; `back` adds the way back to
   * Ada and Emmy, `refused` reports a room name from the address that names no room.
   */
  showRoom(room: string, participants: string, options: ShowRoomOptions): void {
    const name = el('strong', 'tc-room-name', isPrivateRoom(room) ? `${room.slice(0, 8)}…` : room);
    name.title = room;
    const kind = isPrivateRoom(room)
      ? ' (private: only people with the link can join)'
      : ' (public)';
    const link = el('a', 'tc-newtab', 'Open this room in a new tab');
    link.href = location.pathname + location.search + hashOfRoom(room);
    link.target = '_blank';
    link.rel = 'noopener';
    this.#where.replaceChildren(
      `${participants} in room `,
      name,
      kind,
      '. ',
      link,
      ' to join as another participant.',
    );
    if (options.refused !== undefined) {
      const typed = quoteTyped(options.refused.slice(0, 40));
      const note = `The address names the room ${typed}, which has no letter or digit to keep.`;
      this.#where.prepend(el('span', 'tc-refused', note), ' ');
    }
    if (!options.back) return;
    const back = el('a', 'tc-back', 'Back to Ada and Emmy');
    back.href = location.pathname + location.search + '#';
    this.#where.append(' ', back, '.');
  }

  /** Lists public rooms with member counts (on the next frame, however often it is called). */
  showRooms(rooms: RoomSummary[]): void {
    this.#latest = rooms;
    this.#redraw();
  }

  #drawRooms(rooms: RoomSummary[]): void {
    if (rooms.length === 0) {
      this.#rooms.replaceChildren(el('li', 'tc-room-none', 'none yet'));
      return;
    }
    const busiest = [...rooms].sort((a, b) => b.members - a.members).slice(0, MAX_LISTED_ROOMS);
    const listed = rooms.filter((room) => busiest.includes(room));
    const more = rooms.length - listed.length;
    this.#rooms.replaceChildren(
      ...listed.map(({ room, members }) => {
        const a = el('a', 'tc-room-link', room);
        a.href = hashOfRoom(room);
        const li = el('li', 'tc-room-item');
        li.append(a, ` (${members} ${members === 1 ? 'member' : 'members'})`);
        return li;
      }),
      ...(more > 0 ? [el('li', 'tc-room-more', `and ${more} more`)] : []),
    );
  }

  #joinForm(): HTMLFormElement {
    const form = el('form', 'tc-join');
    const input = el('input', 'input tc-join-input');
    input.id = 'tc-join-room';
    input.maxLength = 100;
    input.autocomplete = 'off';
    input.placeholder = 'lobby';
    const label = el('label', 'tc-label', 'Go to a public room');
    label.htmlFor = input.id;
    const join = el('button', 'button', 'Join');
    join.type = 'submit';
    const fresh = el('button', 'button', 'New private room');
    fresh.type = 'button';
    fresh.addEventListener('click', () => (location.hash = hashOfRoom(createPrivateRoomName())));
    form.append(label, input, join, fresh);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const room = escapeName(input.value, MAX_ROOM_LENGTH);
      input.setCustomValidity(room ? '' : 'Use at least one letter or digit.');
      if (room) location.hash = hashOfRoom(room);
      else input.reportValidity();
    });
    input.addEventListener('input', () => input.setCustomValidity(''));
    return form;
  }
}
