// The demo's DOM-free logic: replicas, sync, skewed clocks and the explanations.
import { describe, expect, it } from 'vitest';
import { ModelStateError } from '@project-hub/dronestore';
import { explainSync, formatTime } from '../../../src/demos/dronestore/explain.ts';
import { INITIAL, Session } from '../../../src/demos/dronestore/session.ts';

/** A session on a controllable wall clock (ms). */
async function start() {
  const time = { ms: Date.UTC(2026, 0, 1, 10, 0, 0) };
  const session = await Session.start(() => time.ms);
  return { session, time, laptop: session.laptop, phone: session.phone };
}

describe('demo Session', () => {
  it('starts with both replicas on the same first version', async () => {
    const { session, laptop, phone } = await start();
    expect(session.inSync).toBe(true);
    expect([phone.note.title, phone.note.body, phone.note.priority, phone.note.tags]).toEqual(
      Object.values(INITIAL),
    );
    expect(laptop.chain.map((e) => e.origin)).toEqual(['commit']);
    expect(phone.chain.map((e) => e.origin)).toEqual(['received']);
    expect(laptop.repo.store).not.toBe(phone.repo.store);
  });

  it('merges edits made on both sides, both ways, to the same values and hash', async () => {
    const { session, time, laptop, phone } = await start();
    time.ms += 60_000;
    laptop.edit('title', 'Weekend groceries');
    laptop.edit('priority', 3);
    laptop.edit('tags', ['food', 'weekend']);
    await laptop.commit();
    time.ms += 60_000;
    phone.edit('body', 'milk, eggs');
    phone.edit('priority', 2);
    phone.edit('tags', ['food', 'errands']);
    await phone.commit();

    const atLaptop = await session.sync(phone, laptop);
    await session.sync(laptop, phone);
    const values = (r: typeof laptop) => [r.note.title, r.note.body, r.note.priority, r.note.tags];
    expect(values(laptop)).toEqual([
      'Weekend groceries',
      'milk, eggs',
      3,
      ['errands', 'food', 'weekend'],
    ]);
    expect(values(phone)).toEqual(values(laptop));
    expect(session.inSync).toBe(true);
    expect(laptop.chain.map((e) => e.origin)).toEqual(['commit', 'commit', 'merge']);

    expect(explainSync(atLaptop).map((row) => [row.attribute, row.winner])).toEqual([
      ['title', 'laptop'],
      ['body', 'phone'],
      ['priority', 'laptop'],
      ['tags', 'both (merged)'],
    ]);
    expect(explainSync(atLaptop)[0]?.why).toBe(
      'laptop updated later (10:01:00.000 > 10:00:00.000)',
    );
  });

  it('lets a skewed clock win by its stamps, not by real time', async () => {
    const { session, time, laptop, phone } = await start();
    laptop.skewMs = 10 * 60_000; // the laptop's clock runs ten minutes ahead
    laptop.edit('title', 'from the laptop');
    await laptop.commit();
    time.ms += 60_000; // a minute later, really
    phone.edit('title', 'from the phone');
    await phone.commit();
    const result = await session.sync(phone, laptop);
    expect(laptop.note.title).toBe('from the laptop');
    expect(explainSync(result)[0]?.why).toMatch(
      /^laptop updated later \(10:10:00\.000 > 10:01:00\.000\)$/,
    );
  });

  it('refuses to sync into a side with uncommitted edits, and discards them on request', async () => {
    const { session, laptop, phone } = await start();
    phone.edit('title', 'draft');
    await expect(session.sync(laptop, phone)).rejects.toThrow(ModelStateError);
    await phone.discard();
    expect(phone.note.title).toBe(INITIAL.title);
    await expect(session.sync(laptop, phone)).resolves.toMatchObject({
      report: { changed: false },
    });
  });

  it('makes no new version when a commit changes nothing', async () => {
    const { laptop } = await start();
    laptop.edit('title', INITIAL.title);
    expect(await laptop.commit()).toBeUndefined();
    expect(laptop.chain).toHaveLength(1);
  });
});

describe('formatTime', () => {
  it('shows a stamp as a UTC time with its counter', () => {
    expect(formatTime(1_000_002n)).toBe('00:00:00.001 +2');
    expect(formatTime(BigInt(Date.UTC(2026, 0, 1, 10, 0, 0)) * 1_000_000n)).toBe('10:00:00.000');
  });
});
