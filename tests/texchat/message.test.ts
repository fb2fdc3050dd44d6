import { describe, expect, it } from 'vitest';
import {
  EmptyMessageError,
  InvalidMessageError,
  MAX_CLOCK_SKEW_MS,
  MAX_MESSAGE_LENGTH,
  createMessage,
  createMessageId,
  isMessageId,
  limitText,
  isPlausibleDate,
  parseMessage,
  validateMessage,
} from '@project-hub/texchat';

const valid = {
  id: createMessageId(1_700_000_000_000, 0, 'c0ffee00'),
  room: 'lobby',
  name: 'Ada',
  text: 'hi',
  date: 1_700_000_000_000,
};

describe('createMessageId', () => {
  it('sorts by time, then by counter, in plain code-unit order', () => {
    const ids = [
      createMessageId(2_000, 0, 'ffffffff'),
      createMessageId(1_000, 1, '00000000'),
      createMessageId(1_000, 0, 'ffffffff'),
      createMessageId(10_000_000_000_000, 0, '00000000'),
    ];
    expect([...ids].sort()).toEqual([ids[2], ids[1], ids[0], ids[3]]);
    expect(ids.every(isMessageId)).toBe(true);
  });

  it('has the documented shape', () => {
    expect(createMessageId(0x18f00000000, 1, 'c0ffee00')).toBe('018f00000000-0001-c0ffee00');
  });
});

describe('limitText', () => {
  it('keeps short text and normalises newlines', () => {
    expect(limitText('a\r\nb\rc')).toEqual({
      text: 'a\nb\nc',
      truncated: false,
      originalLength: 5,
    });
  });

  it('cuts a 100 KB message to the bound and says so', () => {
    const result = limitText('x'.repeat(100 * 1024));
    expect(result.text).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(result).toMatchObject({ truncated: true, originalLength: 102_400 });
  });

  it('never cuts a surrogate pair in half', () => {
    const result = limitText('a' + '😀'.repeat(10), 4);
    expect(result.text).toBe('a😀');
  });
});

describe('createMessage', () => {
  it('refuses a message with no visible text', () => {
    expect(() => createMessage({ ...valid, text: ' \n ' })).toThrow(EmptyMessageError);
  });
});

describe('parseMessage', () => {
  it('accepts a well-formed message', () => {
    expect(parseMessage(valid)).toEqual(valid);
  });

  it('rejects ids that could break out of a datastore key', () => {
    for (const id of ['../x', 'a/b', 'Message:x', '', 42]) {
      expect(parseMessage({ ...valid, id })).toBeUndefined();
    }
  });

  it('rejects names and rooms that are not escaped', () => {
    expect(parseMessage({ ...valid, name: '<b>Ada</b>' })).toBeUndefined();
    expect(parseMessage({ ...valid, room: 'a room' })).toBeUndefined();
    expect(parseMessage({ ...valid, name: 'n'.repeat(33) })).toBeUndefined();
  });

  it('rejects odd shapes without throwing', () => {
    for (const value of [null, 'x', [], { ...valid, date: 'now' }, { ...valid, text: 7 }]) {
      expect(parseMessage(value)).toBeUndefined();
    }
  });

  it('cuts text beyond the bound', () => {
    expect(parseMessage({ ...valid, text: 'y'.repeat(200_000) })?.text).toHaveLength(
      MAX_MESSAGE_LENGTH,
    );
  });
});

describe('validateMessage', () => {
  it('Regression: issue 11 #8: refuses impossible dates with a typed error naming the date', () => {
    for (const date of [9e15, -1, 1.5, Number.NaN, Infinity, '1700000000000', 2 ** 48]) {
      let error: unknown;
      try {
        validateMessage({ ...valid, date });
      } catch (e) {
        error = e;
      }
      expect(error, String(date)).toBeInstanceOf(InvalidMessageError);
      expect(error).toMatchObject({ code: 'ERR_INVALID_MESSAGE', field: 'date' });
      expect(parseMessage({ ...valid, date })).toBeUndefined();
    }
  });

  it('refuses a date that differs from the time its id starts with', () => {
    expect(() => validateMessage({ ...valid, date: valid.date + 1 })).toThrow(
      /date 1700000000001 differs from the time of id/,
    );
  });

  it('names the field that is wrong', () => {
    expect(() => validateMessage({ ...valid, id: '../x' })).toThrow('[texchat] [message] id');
    expect(() => validateMessage({ ...valid, name: '<b>' })).toThrow('[texchat] [message] name');
    expect(() => validateMessage(null)).toThrow('[texchat] [message] message is not an object');
  });

  it('takes dates up to a day ahead of the receiver as plausible', () => {
    expect(isPlausibleDate(1000 + MAX_CLOCK_SKEW_MS, 1000)).toBe(true);
    expect(isPlausibleDate(1001 + MAX_CLOCK_SKEW_MS, 1000)).toBe(false);
  });
});
