import { describe, expect, it } from 'vitest';
import { hashOfRoom, roomFromHash } from '../../src/demos/texchat/hash.ts';

describe('room hashes', () => {
  it('read the room from #/room/<name>, escaped', () => {
    expect(roomFromHash('#/room/lobby')).toBe('lobby');
    expect(roomFromHash('#/room/Math%20talk')).toBe('Math-talk');
    expect(roomFromHash(`#/room/${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).toBe(
      'img-src-x-onerror-alert-1',
    );
  });

  it('name no room when the hash is something else or escapes to nothing', () => {
    expect(roomFromHash('')).toBeUndefined();
    expect(roomFromHash('#intro')).toBeUndefined();
    expect(roomFromHash('#/room/')).toBeUndefined();
    expect(roomFromHash('#/room/%22%22')).toBeUndefined();
  });

  it('survive a malformed escape', () => {
    expect(roomFromHash('#/room/100%')).toBe('100');
  });

  it('round-trip a room name', () => {
    const room = '0123456789abcdef0123456789abcdef01234567';
    expect(roomFromHash(hashOfRoom(room))).toBe(room);
    expect(hashOfRoom('lobby')).toBe('#/room/lobby');
  });
});
