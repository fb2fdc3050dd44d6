import { describe, expect, it } from 'vitest';
import {
  InvalidNameError,
  MAX_NICKNAME_LENGTH,
  MAX_ROOM_LENGTH,
  SCIENTISTS,
  compareNames,
  createPrivateRoomName,
  escapeName,
  isPrivateRoom,
  nickname,
  randomNickname,
  roomName,
} from '@project-hub/texchat';

describe('escapeName', () => {
  it('trims, drops quotes and backticks, and turns everything else into single dashes', () => {
    expect(escapeName('  "Hello, world!" ')).toBe('Hello-world');
    expect(escapeName("it's `math` time")).toBe('its-math-time');
    expect(escapeName('a//b..c')).toBe('a-b-c');
    expect(escapeName('--x--')).toBe('x');
  });

  it('escapes markup and script characters away', () => {
    expect(escapeName('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(escapeName('</script><script>')).toBe('script-script');
  });

  it('replaces non-ASCII letters too', () => {
    expect(escapeName('Émilie du Châtelet')).toBe('milie-du-Ch-telet');
  });

  it('cuts long names to the bound without a trailing dash', () => {
    expect(escapeName('a'.repeat(200))).toHaveLength(MAX_ROOM_LENGTH);
    expect(escapeName('abc def', 4)).toBe('abc');
  });
});

describe('roomName and nickname', () => {
  it('refuse a name that is empty once escaped', () => {
    expect(() => roomName(' "" ')).toThrow(InvalidNameError);
    expect(() => nickname('!!!')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidNameError: [texchat] nickname name "!!!" is empty once escaped]`,
    );
    try {
      roomName('#');
    } catch (error) {
      expect((error as InvalidNameError).code).toBe('ERR_INVALID_NAME');
    }
  });

  it('bound nicknames more tightly than rooms', () => {
    expect(nickname('n'.repeat(100))).toHaveLength(MAX_NICKNAME_LENGTH);
    expect(roomName('Math talk')).toBe('Math-talk');
  });
});

describe('private rooms', () => {
  it('are 40 random hex digits', () => {
    const name = createPrivateRoomName();
    expect(name).toMatch(/^[0-9a-f]{40}$/);
    expect(createPrivateRoomName()).not.toBe(name);
  });

  it('use the random source they are given', () => {
    expect(createPrivateRoomName(() => 0xabcdef01)).toBe('abcdef01'.repeat(5));
  });

  it('are told apart from public rooms', () => {
    expect(isPrivateRoom(createPrivateRoomName())).toBe(true);
    expect(isPrivateRoom('lobby')).toBe(false);
    expect(isPrivateRoom('A'.repeat(40))).toBe(false);
    expect(isPrivateRoom('a'.repeat(41))).toBe(false);
  });

  it('survive escaping unchanged', () => {
    const name = createPrivateRoomName();
    expect(roomName(name)).toBe(name);
  });
});

describe('randomNickname', () => {
  it('picks a scientist not already taken', () => {
    const taken = SCIENTISTS.filter((n) => n !== 'Emmy');
    expect(randomNickname(taken.map((n) => n.toUpperCase()))).toBe('Emmy');
  });

  it('gives names that escaping leaves as they are', () => {
    for (const name of SCIENTISTS) expect(nickname(name)).toBe(name);
  });
});

describe('compareNames', () => {
  it('sorts case-insensitively', () => {
    expect(['emmy', 'Ada', 'bob', 'Carl'].sort(compareNames)).toEqual([
      'Ada',
      'bob',
      'Carl',
      'emmy',
    ]);
  });
});
