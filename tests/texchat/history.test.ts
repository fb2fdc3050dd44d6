import { describe, expect, it } from 'vitest';
import { DictDatastore, Key } from '@project-hub/datastore';
import { History, createMessageId, type Message } from '@project-hub/texchat';

function message(room: string, n: number): Message {
  const date = 1_700_000_000_000 + n * 1000;
  return { id: createMessageId(date, n, 'abcdef01'), room, name: 'Ada', text: `m${n}`, date };
}

async function filled(count: number, room = 'lobby') {
  const history = new History();
  // Stored out of order on purpose: order comes from the keys, not from insertion.
  const messages = Array.from({ length: count }, (_, n) => message(room, n));
  for (const m of [...messages].reverse()) await history.add(m);
  return { history, messages };
}

describe('History', () => {
  it('stores messages under /Room:<room>/Message:<id>', async () => {
    const store = new DictDatastore();
    const history = new History(store);
    const m = message('lobby', 1);
    await history.add(m);
    expect(await store.get(new Key(`/Room:lobby/Message:${m.id}`))).toEqual(m);
    expect(History.key('lobby', m.id).toString()).toBe(`/Room:lobby/Message:${m.id}`);
  });

  it('keeps the first copy of a message and reports duplicates', async () => {
    const history = new History();
    const m = message('lobby', 1);
    expect(await history.add(m)).toBe(true);
    expect(await history.add({ ...m, text: 'changed' })).toBe(false);
    expect((await history.page('lobby')).messages[0]?.text).toBe('m1');
  });

  it('stores a message once when two copies arrive at the same time', async () => {
    const history = new History();
    const m = message('lobby', 1);
    expect(await Promise.all([history.add(m), history.add(m)])).toEqual([true, false]);
    expect(await history.ids('lobby')).toEqual([m.id]);
  });

  it('returns a room in order, and only that room', async () => {
    const { history, messages } = await filled(5);
    await history.add(message('other', 9));
    await history.add(message('lobby-annex', 9));
    expect((await history.page('lobby')).messages).toEqual(messages);
    expect(await history.ids('lobby')).toEqual(messages.map((m) => m.id));
  });

  it('pages forward with a cursor until the end', async () => {
    const { history, messages } = await filled(7);
    const first = await history.page('lobby', { limit: 3 });
    expect(first.messages).toEqual(messages.slice(0, 3));
    const second = await history.page('lobby', { limit: 3, after: first.next ?? '' });
    expect(second.messages).toEqual(messages.slice(3, 6));
    const third = await history.page('lobby', { limit: 3, after: second.next ?? '' });
    expect(third).toEqual({ messages: messages.slice(6) });
  });

  it('gives the latest messages, oldest first, and pages backwards', async () => {
    const { history, messages } = await filled(7);
    expect(await history.latest('lobby', 3)).toEqual(messages.slice(4));
    expect(await history.latest('lobby', 3, messages[4]?.id)).toEqual(messages.slice(1, 4));
  });

  it('lists the messages another client lacks, latest first when bounded', async () => {
    const { history, messages } = await filled(6);
    const have = [messages[0], messages[2], messages[5]].map((m) => m?.id ?? '');
    expect(await history.missing('lobby', have, 10)).toEqual([
      messages[1],
      messages[3],
      messages[4],
    ]);
    expect(await history.missing('lobby', [], 2)).toEqual(messages.slice(4));
  });
});
