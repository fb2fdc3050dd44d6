import { describe, expect, it } from 'vitest';
import {
  hashOfRoom,
  quoteTyped,
  roomFromHash,
  routeFromHash,
} from '../../src/demos/texchat/hash.ts';

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

describe('hash routes', () => {
  it('send an empty hash to the pair and a room hash to its room', () => {
    expect(routeFromHash('')).toEqual({ kind: 'pair' });
    expect(routeFromHash('#')).toEqual({ kind: 'pair' });
    expect(routeFromHash('#/room/../../x')).toEqual({ kind: 'room', room: 'x' });
    expect(routeFromHash(`#/room/${'Z'.repeat(500)}`)).toEqual({
      kind: 'room',
      room: 'Z'.repeat(64),
    });
  });

  it('leave the chat alone on a section link such as #contact or #main', () => {
    expect(routeFromHash('#contact')).toBeUndefined();
    expect(routeFromHash('#main')).toBeUndefined();
    expect(routeFromHash('#/nope')).toBeUndefined();
  });

  it('say which typed room name was refused when it escapes to nothing', () => {
    expect(routeFromHash('#/room/%00')).toEqual({ kind: 'pair', refused: '\u0000' });
    expect(routeFromHash('#/room/%F0%9F%98%80')).toEqual({ kind: 'pair', refused: '😀' });
    expect(routeFromHash('#/room/')).toEqual({ kind: 'pair', refused: '' });
  });
});

describe('quoteTyped', () => {
  it('spells out invisible and bidi-control characters of a refused room name', () => {
    expect(quoteTyped('\u202Eevil')).toBe('"\\u202eevil"');
    expect(quoteTyped('a\u200Bb\u0000')).toBe('"a\\u200bb\\u0000"');
    expect(quoteTyped('😀')).toBe('"😀"');
  });
});
