import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_BATCH, createMessageId, parsePacket } from '@project-hub/texchat';

const from = { id: '0123456789abcdef', name: 'Ada' };
const message = {
  id: createMessageId(1, 0, 'abcdef01'),
  room: 'lobby',
  name: 'Ada',
  text: 'x',
  date: 1,
};

describe('parsePacket', () => {
  it('accepts each kind of packet', () => {
    const packets = [
      { type: 'hello', room: 'lobby', from },
      { type: 'here', room: 'lobby', from },
      { type: 'bye', room: 'lobby', from },
      { type: 'rename', room: 'lobby', from, old: 'Emmy' },
      { type: 'message', message },
      { type: 'history-request', room: 'lobby', from, have: [message.id] },
      { type: 'history', room: 'lobby', to: from.id, messages: [message] },
    ];
    for (const packet of packets) expect(parsePacket(packet)).toEqual(packet);
  });

  it('rejects unknown types, bad peers and unescaped names', () => {
    expect(parsePacket({ type: 'eval', room: 'lobby', from })).toBeUndefined();
    expect(
      parsePacket({ type: 'here', room: 'lobby', from: { id: 'x', name: 'Ada' } }),
    ).toBeUndefined();
    expect(parsePacket({ type: 'here', room: '<b>', from })).toBeUndefined();
    expect(parsePacket({ type: 'rename', room: 'lobby', from, old: 'a b' })).toBeUndefined();
    expect(parsePacket(undefined)).toBeUndefined();
  });

  it('bounds history batches', () => {
    const have = Array.from({ length: MAX_HISTORY_BATCH + 1 }, () => message.id);
    expect(parsePacket({ type: 'history-request', room: 'lobby', from, have })).toBeUndefined();
  });

  it('drops history messages that are malformed or of another room', () => {
    const packet = parsePacket({
      type: 'history',
      room: 'lobby',
      to: from.id,
      messages: [message, { ...message, room: 'other' }, { nope: true }],
    });
    expect(packet).toEqual({ type: 'history', room: 'lobby', to: from.id, messages: [message] });
  });
});
