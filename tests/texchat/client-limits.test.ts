// Issue 11: what a client accepts from others: within each sender's rate, plausible dates, and
// history answers only while it waits for them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChatClient,
  HISTORY_ANSWER_WINDOW_MS,
  MAX_CLOCK_SKEW_MS,
  createBus,
  createMessageId,
  type Packet,
  type Transport,
} from '@project-hub/texchat';
import { ManualTime, settle } from './_helpers.ts';

const clients: ChatClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.close()));

/** A client on a bus, and a raw endpoint of the same bus that sends forged packets. */
async function setUp(time = new ManualTime()) {
  const bus = createBus();
  const emmy = new ChatClient({
    transport: bus.connect(),
    name: 'Emmy',
    now: time.clock,
    timers: time,
    rates: { message: { burst: 3, perSecond: 1 } },
  });
  clients.push(emmy);
  const raw: Transport = bus.connect();
  const shown: string[] = [];
  const dropped: string[] = [];
  emmy.on('message', ({ message }) => shown.push(message.text));
  emmy.on('history', ({ messages }) => shown.push(...messages.map((m) => m.text)));
  emmy.on('dropped', ({ sender }) => dropped.push(sender));
  await emmy.join('lobby');
  const forge = (name: string, text: string, date = time.now, seq = 0) => ({
    id: createMessageId(date, seq, 'bad00bad'),
    room: 'lobby',
    name,
    text,
    date,
  });
  const post = async (packet: Packet) => {
    raw.send(packet);
    await settle();
  };
  return { emmy, time, shown, dropped, forge, post };
}

describe('ChatClient limits', () => {
  it('drops what a sender sends beyond its rate, and says so', async () => {
    const { shown, dropped, forge, post, time } = await setUp();
    for (let n = 0; n < 5; n++)
      await post({ type: 'message', message: forge('Mallory', `m${n}`, time.now, n) });
    await post({ type: 'message', message: forge('Ada', 'hello', time.now, 10) });
    expect(shown).toEqual(['m0', 'm1', 'm2', 'hello']);
    expect(dropped).toEqual(['Mallory', 'Mallory']);
    time.advance(1000);
    await post({ type: 'message', message: forge('Mallory', 'later', time.now, 9) });
    expect(shown.at(-1)).toBe('later');
  });

  it('refuses a message dated more than a day ahead of its clock', async () => {
    const { shown, forge, post, time } = await setUp();
    await post({
      type: 'message',
      message: forge('Mallory', 'future', time.now + MAX_CLOCK_SKEW_MS + 1),
    });
    await post({ type: 'message', message: forge('Mallory', 'soon', time.now + 60_000) });
    expect(shown).toEqual(['soon']);
  });

  it('takes history answers only while it waits for them', async () => {
    const { emmy, shown, forge, post, time } = await setUp();
    const answer = (text: string, seq: number): Packet => ({
      type: 'history',
      room: 'lobby',
      to: emmy.id,
      messages: [forge('Ada', text, time.now, seq)],
    });
    await post(answer('in time', 1));
    time.advance(HISTORY_ANSWER_WINDOW_MS + 1);
    await post(answer('too late', 2));
    expect(shown).toEqual(['in time']);
  });
});
