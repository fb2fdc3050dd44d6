// The relay under load: 200 clients in 20 rooms each send 50 messages; every message must reach
// every other member of its room exactly once and in its sender's order. Reports delivery latency
// (p50/p99), messages per second and the relay's memory, for one process and for two with Redis.
// `npm run bench -- relay`. The rate limits are raised: the bench measures the relay, not them.
import {
  ChatClient,
  createRelayToken,
  createRelayTransport,
  type RelayConnect,
} from '@project-hub/texchat';
import { readFileSync } from 'node:fs';
import { io } from 'socket.io-client';
import { startRedis, startRelayProcess, type Started } from '../scripts/_processes.ts';
import { printTable } from './_harness.ts';

const CLIENTS = 200;
const ROOMS = 20;
const MESSAGES = 50;
/** How often each client sends: 200 clients at 20 messages a second offer 4000 messages/s. */
const SEND_INTERVAL_MS = 50;
const OPEN = { burst: 1000, perSecond: 1000 };
const LIMITS = { TEXCHAT_MESSAGE_RATE: '1000/1000', TEXCHAT_PRESENCE_RATE: '1000/1000' };

const connect: RelayConnect = (url, options) =>
  io(url, { ...options, forceNew: true, transports: ['websocket'] });

interface Member {
  index: number;
  room: string;
  client: ChatClient;
  /** Per sender index: the sequence numbers received, in arrival order. */
  received: Map<number, number[]>;
}

interface Outcome {
  sent: number;
  expected: number;
  delivered: number;
  duplicates: number;
  outOfOrder: number;
  latencies: number[];
  seconds: number;
}

export default async function relayBench(): Promise<void> {
  const rows: string[][] = [];
  const one = await startRelayProcess(LIMITS);
  try {
    rows.push(row('1 process', await run([one.url]), [one]));
  } finally {
    await one.stop();
  }
  // Two processes on one Redis: history in memory per process, then one history in that Redis
  // (TEXCHAT_STORE=redis, the default with TEXCHAT_REDIS_URL; each message stored once for both).
  for (const [label, store] of [
    ['2 processes + Redis, history per process', 'memory'],
    ['2 processes + Redis, one history in Redis', 'redis'],
  ] as const) {
    const redis = await startRedis();
    const pair: (Started & { url: string })[] = [];
    try {
      const env = { ...LIMITS, TEXCHAT_REDIS_URL: redis.url, TEXCHAT_STORE: store };
      pair.push(...(await Promise.all([startRelayProcess(env), startRelayProcess(env)])));
      rows.push(row(label, await run(pair.map((p) => p.url)), pair));
    } finally {
      await Promise.all(pair.map((p) => p.stop()));
      await redis.stop();
    }
  }
  console.log(
    `${CLIENTS} clients in ${ROOMS} rooms, ${MESSAGES} messages each, one every ${SEND_INTERVAL_MS} ms; ` +
      'latency from send to arrival at each other member; memory is the peak resident set of the relay process(es).\n',
  );
  printTable(
    [
      'setup',
      'delivered',
      'lost',
      'dupes',
      'out of order',
      'p50 ms',
      'p99 ms',
      'deliveries/s',
      'sent/s',
      'relay peak RSS',
    ],
    rows,
  );
  const failed = rows.filter((r) => r[2] !== '0' || r[3] !== '0' || r[4] !== '0');
  if (failed.length > 0)
    throw new Error(
      `[bench] relay: lost, duplicated or reordered messages in ${failed.map((r) => r[0]).join(', ')}`,
    );
}

async function run(urls: string[]): Promise<Outcome> {
  const members: Member[] = [];
  const latencies: number[] = [];
  let duplicates = 0;
  for (let index = 0; index < CLIENTS; index += 1) {
    const id = (0x10000000 + index).toString(16).padStart(16, '0');
    const url = urls[index % urls.length]!;
    const transport = createRelayTransport({ url, id, token: createRelayToken(), connect });
    // Receivers accept what the raised relay limits let through.
    const client = new ChatClient({
      transport,
      id,
      name: `user${index}`,
      rates: { message: OPEN },
    });
    const member: Member = { index, room: `room${index % ROOMS}`, client, received: new Map() };
    client.on('message', ({ message, local }) => {
      if (local) return;
      const [sender, seq, sentAt] = message.text.split(':').map(Number) as [number, number, number];
      const list = member.received.get(sender) ?? [];
      if (list.includes(seq)) duplicates += 1;
      list.push(seq);
      member.received.set(sender, list);
      latencies.push(performance.now() - sentAt);
    });
    members.push(member);
  }
  await Promise.all(members.map((m) => m.client.join(m.room)));
  // Everyone sees the whole room before anyone talks, so no message goes to a half-joined room.
  const perRoom = CLIENTS / ROOMS;
  const joining = performance.now();
  await until(() => members.every((m) => m.client.members().length === perRoom), 60_000);
  const started = performance.now();
  console.log(
    `  ${urls.length} relay(s): ${CLIENTS} clients joined in ${((started - joining) / 1000).toFixed(1)} s`,
  );
  await Promise.all(members.map((m) => talk(m)));
  const expected = CLIENTS * MESSAGES * (perRoom - 1);
  const delivered = () =>
    members.reduce((n, m) => n + [...m.received.values()].reduce((k, l) => k + l.length, 0), 0);
  const sending = performance.now();
  await until(() => delivered() >= expected, 120_000).catch(() => {});
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  sent for ${((sending - started) / 1000).toFixed(1)} s, all delivered after ${seconds.toFixed(1)} s`,
  );
  const outOfOrder = members.reduce(
    (n, m) =>
      n +
      [...m.received.values()].filter((seqs) => seqs.some((s, i) => i > 0 && s < seqs[i - 1]!))
        .length,
    0,
  );
  const outcome = {
    sent: CLIENTS * MESSAGES,
    expected,
    delivered: delivered(),
    duplicates,
    outOfOrder,
    latencies,
    seconds,
  };
  for (const m of members) m.client.close();
  return outcome;
}

async function talk(member: Member): Promise<void> {
  for (let seq = 0; seq < MESSAGES; seq += 1) {
    await member.client.send(`${member.index}:${seq}:${performance.now()}`);
    await new Promise((resolve) => setTimeout(resolve, SEND_INTERVAL_MS));
  }
}

function row(setup: string, o: Outcome, relays: Started[]): string[] {
  for (const relay of relays) {
    if (relay.child.exitCode !== null || relay.child.signalCode !== null) {
      throw new Error(`[bench] relay: a relay process exited during the run:\n${relay.output()}`);
    }
  }
  const sorted = [...o.latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const peak = relays.map((r) => peakRss(r.child.pid!)).join(' + ');
  return [
    setup,
    `${o.delivered}/${o.expected}`,
    String(Math.max(0, o.expected - o.delivered)),
    String(o.duplicates),
    String(o.outOfOrder),
    at(0.5).toFixed(1),
    at(0.99).toFixed(1),
    Math.round(o.delivered / o.seconds).toString(),
    Math.round(o.sent / o.seconds).toString(),
    peak,
  ];
}

/** The peak resident set of a process (Linux /proc), in MB. */
function peakRss(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return `${(kb / 1024).toFixed(0)} MB`;
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('[bench] relay: timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
