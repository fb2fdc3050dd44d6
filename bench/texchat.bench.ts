// Benchmark: what a flood costs the texchat model (issue 11): stores into a full room, with the
// fair eviction that keeps it at 500 messages, and rate-limit checks per packet (tinybench).
import {
  History,
  MESSAGE_RATE,
  RateLimiter,
  createMessageId,
  type Message,
} from '@project-hub/texchat';
import { formatRate, measure, printTable } from './_harness.ts';

const BATCH = 500;

function flood(start: number, senders: number): Message[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = start + i;
    const date = 1_700_000_000_000 + n;
    return {
      id: createMessageId(date, n, 'bad00bad'),
      room: 'lobby',
      name: `s${n % senders}`,
      text: `m${n}`,
      date,
    };
  });
}

export default async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const senders of [1, 50, 500]) {
    const history = new History();
    let next = 0;
    for (const m of flood(next, senders)) await history.add(m); // the room starts full
    next += BATCH;
    const rates = await measure([
      {
        name: 'add',
        batch: BATCH,
        fn: async () => {
          for (const m of flood(next, senders)) await history.add(m);
          next += BATCH;
        },
      },
    ]);
    rows.push([
      `History.add into a full room (500), ${senders} senders`,
      formatRate(rates.get('add')),
    ]);
  }
  let now = 0;
  const limiter = new RateLimiter({ rate: MESSAGE_RATE, now: () => now });
  let n = 0;
  const rates = await measure([
    {
      name: 'take',
      batch: 10_000,
      fn: async () => {
        for (let i = 0; i < 10_000; i++) limiter.take(`s${n++ % 2000}`);
        now += 1000;
      },
    },
  ]);
  rows.push(['RateLimiter.take, 2,000 senders', formatRate(rates.get('take'))]);
  printTable(['operation', 'per second'], rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
