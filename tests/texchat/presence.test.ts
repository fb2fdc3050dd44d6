import { describe, expect, it } from 'vitest';
import {
  MAX_ROOM_MEMBERS,
  MAX_TRACKED_ROOMS,
  Presence,
  createPrivateRoomName,
} from '@project-hub/texchat';

const peer = (n: number, name: string) => ({ id: n.toString(16).padStart(16, '0'), name });

describe('Presence', () => {
  it('reports joins, renames and repeats', () => {
    const presence = new Presence();
    expect(presence.see('lobby', peer(1, 'Ada'))).toEqual({ kind: 'joined' });
    expect(presence.see('lobby', peer(1, 'Ada'))).toEqual({ kind: 'unchanged' });
    expect(presence.see('lobby', peer(1, 'Countess'))).toEqual({ kind: 'renamed', old: 'Ada' });
  });

  it('sorts members case-insensitively and marks the own entry', () => {
    const presence = new Presence();
    presence.see('lobby', peer(1, 'emmy'));
    presence.see('lobby', peer(2, 'Carl'));
    presence.see('lobby', peer(3, 'ada'));
    expect(presence.members('lobby', peer(2, '').id)).toEqual([
      { ...peer(3, 'ada'), self: false },
      { ...peer(2, 'Carl'), self: true },
      { ...peer(1, 'emmy'), self: false },
    ]);
  });

  it('drops members that stop answering after the timeout, but never the caller', () => {
    let now = 0;
    const presence = new Presence(1000, () => now);
    presence.see('lobby', peer(1, 'Ada'));
    presence.see('lobby', peer(2, 'Emmy'));
    now = 600;
    presence.see('lobby', peer(2, 'Emmy'));
    now = 1001;
    expect(presence.expire(peer(1, '').id)).toEqual([]);
    expect(presence.expire()).toEqual([{ room: 'lobby', peer: peer(1, 'Ada') }]);
    expect(presence.members('lobby').map((m) => m.name)).toEqual(['Emmy']);
    now = 1601;
    expect(presence.expire()).toEqual([{ room: 'lobby', peer: peer(2, 'Emmy') }]);
  });

  it('lists public rooms with member counts and hides private ones', () => {
    const presence = new Presence();
    presence.see('lobby', peer(1, 'Ada'));
    presence.see('lobby', peer(2, 'Emmy'));
    presence.see('Algebra', peer(3, 'Emil'));
    presence.see(createPrivateRoomName(), peer(4, 'Kurt'));
    expect(presence.publicRooms()).toEqual([
      { room: 'Algebra', members: 1 },
      { room: 'lobby', members: 2 },
    ]);
    presence.remove('Algebra', peer(3, '').id);
    expect(presence.publicRooms()).toEqual([{ room: 'lobby', members: 2 }]);
  });
});

describe('Presence bounds (issue 11)', () => {
  it('tracks at most MAX_TRACKED_ROOMS rooms and MAX_ROOM_MEMBERS members, except its own', () => {
    const presence = new Presence();
    for (let n = 0; n < MAX_TRACKED_ROOMS + 50; n++) presence.see(`room-${n}`, peer(n, `Bot${n}`));
    expect(presence.publicRooms()).toHaveLength(MAX_TRACKED_ROOMS);
    expect(presence.see('mine', peer(1, 'Ada'))).toEqual({ kind: 'refused' });
    expect(presence.see('mine', peer(1, 'Ada'), true)).toEqual({ kind: 'joined' });
    for (let n = 0; n < MAX_ROOM_MEMBERS + 5; n++) presence.see('mine', peer(1000 + n, `M${n}`));
    expect(presence.members('mine')).toHaveLength(MAX_ROOM_MEMBERS);
  });
});
