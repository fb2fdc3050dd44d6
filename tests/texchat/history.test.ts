import { describe, expect, it } from 'vitest';
import { DictDatastore, Key } from '@project-hub/datastore';
import { History, MAX_SENDER_HISTORY, createMessageId, type Message } from '@project-hub/texchat';

function message(room: string, n: number): Message {
  const date = 1_700_000_000_000 + n * 1000;
  return { id: createMessageId(date, n, 'abcdef01'), room, name: 'Ada', text: `m${n}`, date };
}

async function filled(count: number, room = 'lobby') {
  const history = new History();
  const messages = Array.from({ length: count }, (_, n) => message(room, n));
  for (const m of messages) await history.add(m);
  return { history, messages };
}

describe('History', () => {
  it('stores messages under /Room:<room>/Message:<arrival number>', async () => {
    const store = new DictDatastore();
    const history = new History(store);
    const m = message('lobby', 1);
    await history.add(m);
    expect(await store.get(new Key('/Room:lobby/Message:000000000000'))).toEqual({
      ...m,
      seq: 0,
      sender: 'Ada',
    });
    expect(History.key('lobby', 7).toString()).toBe('/Room:lobby/Message:000000000007');
  });

  it('keeps the first copy of a message and reports duplicates', async () => {
    const history = new History();
    const m = message('lobby', 1);
    expect(await history.add(m)).toEqual({ added: true, seq: 0, evicted: [] });
    expect((await history.add({ ...m, text: 'changed' })).added).toBe(false);
    expect((await history.page('lobby')).messages[0]?.text).toBe('m1');
  });

  it('stores a message once when two copies arrive at the same time', async () => {
    const history = new History();
    const m = message('lobby', 1);
    const results = await Promise.all([history.add(m), history.add(m)]);
    expect(results.map((r) => r.added)).toEqual([true, false]);
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

  it('orders a room by arrival, not by the sender-chosen id or date', async () => {
    const history = new History();
    const late = message('lobby', 5);
    const early = message('lobby', 1);
    await history.add(late);
    await history.add(early);
    expect(await history.ids('lobby')).toEqual([late.id, early.id]);
    expect(history.seqOf('lobby', early.id)).toBe(1);
  });

  it('Regression: issue 11 #9: 300 forged future-dated ids neither evict nor outlast a real message', async () => {
    const history = new History();
    const real = (n: number) => ({ ...message('lobby', n), name: 'Emmy' });
    await history.add(real(0));
    for (let n = 0; n < 300; n++) {
      const date = 0xfffffffffff0 + (n % 15);
      const forged = { ...message('lobby', n), id: createMessageId(date, n, 'bad00bad'), date };
      await history.add({ ...forged, name: 'Mallory' });
    }
    const { added, evicted } = await history.add(real(1));
    expect(added).toBe(true);
    expect(evicted).toHaveLength(0);
    const ids = await history.ids('lobby');
    // Mallory holds at most its share; Emmy's messages stay, the newest last.
    expect(ids).toHaveLength(MAX_SENDER_HISTORY + 2);
    expect(ids[0]).toBe(real(0).id);
    expect(ids.at(-1)).toBe(real(1).id);
  });

  it('evicts the oldest message of the sender holding the most when the room is full', async () => {
    const history = new History(undefined, { maxRoom: 4, maxPerSender: 3 });
    const from = (n: number, name: string) => ({ ...message('lobby', n), name });
    await history.add(from(0, 'Ada'));
    await history.add(from(1, 'Emmy'));
    await history.add(from(2, 'Mallory'));
    await history.add(from(3, 'Mallory'));
    expect((await history.add(from(4, 'Mallory'))).evicted).toEqual([from(2, 'Mallory').id]);
    // A tie between Emmy and Mallory (two each): the earlier message goes, here Emmy's own.
    expect((await history.add(from(5, 'Emmy'))).evicted).toEqual([from(1, 'Emmy').id]);
    expect((await history.add(from(6, 'Emmy'))).evicted).toEqual([from(3, 'Mallory').id]);
    expect((await history.latest('lobby', 10)).map((m) => m.text)).toEqual([
      'm0',
      'm4',
      'm5',
      'm6',
    ]);
  });

  it('reads the order back from a store that outlives it', async () => {
    const store = new DictDatastore();
    const first = new History(store);
    await first.add(message('lobby', 2));
    await first.add(message('lobby', 1));
    const second = new History(store);
    const { seq } = await second.add(message('lobby', 3));
    expect(seq).toBe(2);
    expect((await second.add(message('lobby', 1))).added).toBe(false);
    expect((await second.page('lobby')).messages.map((m) => m.text)).toEqual(['m2', 'm1', 'm3']);
  });
});
