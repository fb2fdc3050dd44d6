import { afterEach, describe, expect, it } from 'vitest';
import {
  ChatClient,
  ClientStateError,
  History,
  MAX_MESSAGE_LENGTH,
  bridge,
  createBroadcastTransport,
  createBus,
  type ChatClientOptions,
  type Message,
  type Notice,
} from '@project-hub/texchat';
import { ManualTime, eventually, settle } from './_helpers.ts';

const clients: ChatClient[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
  stops.splice(0).forEach((stop) => stop());
});

function client(options: ChatClientOptions): ChatClient & { log: string[] } {
  const c = Object.assign(new ChatClient(options), { log: [] as string[] });
  c.on('message', ({ message, local }) =>
    c.log.push(`${local ? '>' : '<'} ${message.name}: ${message.text}`),
  );
  c.on('notice', (notice: Notice) => c.log.push(`* ${notice.text}`));
  clients.push(c);
  return c;
}

describe('ChatClient', () => {
  it('sends to the others in the room and echoes its own message locally', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    await ada.join('lobby');
    await emmy.join('lobby');
    await settle();
    await ada.send('$e^{i\\pi}+1=0$\nsecond line');
    await settle();
    expect(ada.log).toEqual([
      '* Ada joined',
      '* Emmy joined',
      '> Ada: $e^{i\\pi}+1=0$\nsecond line',
    ]);
    expect(emmy.log).toEqual(['* Emmy joined', '< Ada: $e^{i\\pi}+1=0$\nsecond line']);
  });

  it('does not deliver messages across rooms', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emil = client({ transport: bus.connect(), name: 'Emil' });
    await ada.join('lobby');
    await emil.join('algebra');
    await ada.send('only for the lobby');
    await settle();
    expect(emil.log).toEqual(['* Emil joined']);
    expect(await emil.history.ids('lobby')).toEqual([]);
  });

  it('lists members sorted case-insensitively with its own entry marked', async () => {
    const bus = createBus();
    const emmy = client({ transport: bus.connect(), name: 'emmy' });
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const carl = client({ transport: bus.connect(), name: 'Carl' });
    for (const c of [emmy, ada, carl]) await c.join('lobby');
    await settle();
    expect(carl.members().map((m) => `${m.name}${m.self ? '*' : ''}`)).toEqual([
      'Ada',
      'Carl*',
      'emmy',
    ]);
    expect(emmy.members().map((m) => `${m.name}${m.self ? '*' : ''}`)).toEqual([
      'Ada',
      'Carl',
      'emmy*',
    ]);
  });

  it('announces renames as "old is now known as new"', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    await ada.join('lobby');
    await emmy.join('lobby');
    await settle();
    expect(ada.rename('  "Countess" Lovelace ')).toBe('Countess-Lovelace');
    await settle();
    expect(ada.log.at(-1)).toBe('* Ada is now known as Countess-Lovelace');
    expect(emmy.log.at(-1)).toBe('* Ada is now known as Countess-Lovelace');
    expect(emmy.members().map((m) => m.name)).toEqual(['Countess-Lovelace', 'Emmy']);
  });

  it('gives a random scientist name until one is picked', () => {
    const c = client({ transport: createBus().connect(), random: () => 1 });
    expect(c.name).toBe('Emmy');
  });

  it('announces parts, and drops members that stop answering after the timeout', async () => {
    const time = new ManualTime();
    const bus = createBus();
    const common = { now: time.clock, timers: time, heartbeatMs: 1000, timeoutMs: 3000 };
    const ada = client({ ...common, transport: bus.connect(), name: 'Ada' });
    const emmy = client({ ...common, transport: bus.connect(), name: 'Emmy' });
    // Kurt's transport is a bare endpoint: he joins, then goes silent (a frozen tab).
    const kurt = bus.connect();
    await ada.join('lobby');
    await emmy.join('lobby');
    kurt.send({ type: 'hello', room: 'lobby', from: { id: 'fedcba9876543210', name: 'Kurt' } });
    await settle();
    expect(ada.members().map((m) => m.name)).toEqual(['Ada', 'Emmy', 'Kurt']);
    for (let i = 0; i < 4; i++) {
      time.advance(1000);
      await settle();
    }
    expect(ada.members().map((m) => m.name)).toEqual(['Ada', 'Emmy']);
    expect(ada.log).toContain('* Kurt stopped answering and left');
    emmy.leave();
    await settle();
    expect(ada.log.at(-1)).toBe('* Emmy left');
    expect(ada.members().map((m) => m.name)).toEqual(['Ada']);
  });

  it('lists public rooms with member counts, not private ones', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    const kurt = client({ transport: bus.connect(), name: 'Kurt' });
    await ada.join('lobby');
    await emmy.join('lobby');
    await kurt.join('0123456789abcdef0123456789abcdef01234567');
    await settle();
    expect(kurt.publicRooms()).toEqual([{ room: 'lobby', members: 2 }]);
    expect(ada.publicRooms()).toEqual([{ room: 'lobby', members: 2 }]);
  });

  it('gives a late joiner the history it lacks, in order', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    await ada.join('lobby');
    await emmy.join('lobby');
    for (const text of ['one', 'two', 'three']) await ada.send(text);
    await settle();
    const late = client({ transport: bus.connect(), name: 'Kurt' });
    const arrived: Message[][] = [];
    late.on('history', ({ messages }) => arrived.push(messages));
    await late.join('lobby');
    await eventually(() => expect(arrived.length).toBeGreaterThan(0));
    await settle();
    // Ada and Emmy both answer; duplicates are ignored, so the history holds each message once.
    expect(arrived.flat().map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect((await late.history.page('lobby')).messages.map((m) => m.text)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('asks only for what it lacks when it already has part of the history', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    await ada.join('lobby');
    const { message: first } = await ada.send('one');
    await ada.send('two');
    const history = new History();
    await history.add(first);
    const late = client({ transport: bus.connect(), name: 'Kurt', history });
    const arrived: string[] = [];
    late.on('history', ({ messages }) => arrived.push(...messages.map((m) => m.text)));
    await late.join('lobby');
    await eventually(() => expect(arrived).toEqual(['two']));
  });

  it('joins another tab over BroadcastChannel through a bridge, history and all', async () => {
    // Tab one: Ada and Emmy on a bus, bridged to the channel. Tab two: a third participant.
    const bus = createBus();
    stops.push(bridge(bus.connect(), createBroadcastTransport({ channel: 'client-test' })));
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    await ada.join('lobby');
    await emmy.join('lobby');
    await ada.send('before you came');
    const third = client({
      transport: createBroadcastTransport({ channel: 'client-test' }),
      name: 'Sofia',
    });
    await third.join('lobby');
    await eventually(async () =>
      expect((await third.history.page('lobby')).messages.map((m) => m.text)).toEqual([
        'before you came',
      ]),
    );
    await emmy.send('welcome @Sofia');
    await eventually(() => expect(third.log).toContain('< Emmy: welcome @Sofia'));
    await third.send('thanks');
    await eventually(() => expect(ada.log).toContain('< Sofia: thanks'));
    await eventually(() => expect(emmy.log).toContain('* Sofia joined'));
  });

  it('cuts a 100 KB message to the bound and reports it, and keeps working', async () => {
    const bus = createBus();
    const ada = client({ transport: bus.connect(), name: 'Ada' });
    const emmy = client({ transport: bus.connect(), name: 'Emmy' });
    await ada.join('lobby');
    await emmy.join('lobby');
    const result = await ada.send('$x$ '.repeat(25_600));
    expect(result).toMatchObject({ truncated: true, originalLength: 102_400 });
    expect(result.message.text).toHaveLength(MAX_MESSAGE_LENGTH);
    await ada.send('still here');
    await settle();
    expect((await emmy.history.page('lobby')).messages.map((m) => m.text.length)).toEqual([
      MAX_MESSAGE_LENGTH,
      'still here'.length,
    ]);
  });

  it('refuses to send before joining a room', async () => {
    const ada = client({ transport: createBus().connect(), name: 'Ada' });
    await expect(ada.send('hello')).rejects.toThrow(ClientStateError);
  });
});
