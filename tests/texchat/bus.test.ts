import { describe, expect, it } from 'vitest';
import { bridge, createBus, type Packet } from '@project-hub/texchat';
import { HERE, settle } from './_helpers.ts';

describe('InPageBus', () => {
  it('delivers a packet to every other endpoint, never back to the sender', async () => {
    const bus = createBus();
    const [a, b, c] = [bus.connect(), bus.connect(), bus.connect()];
    const got: Record<string, Packet[]> = { a: [], b: [], c: [] };
    a.subscribe((p) => got['a']?.push(p));
    b.subscribe((p) => got['b']?.push(p));
    c.subscribe((p) => got['c']?.push(p));
    a.send(HERE);
    await settle();
    expect(got).toEqual({ a: [], b: [HERE], c: [HERE] });
  });

  it('delivers copies, later than the send', async () => {
    const bus = createBus();
    const [a, b] = [bus.connect(), bus.connect()];
    const got: Packet[] = [];
    b.subscribe((p) => got.push(p));
    const packet = structuredClone(HERE);
    a.send(packet);
    expect(got).toEqual([]);
    await settle();
    expect(got[0]).toEqual(HERE);
    expect(got[0]).not.toBe(packet);
  });

  it('drops malformed packets', async () => {
    const bus = createBus();
    const [a, b] = [bus.connect(), bus.connect()];
    const got: Packet[] = [];
    b.subscribe((p) => got.push(p));
    a.send({
      type: 'here',
      room: '<img>',
      from: HERE.type === 'here' ? HERE.from : HERE,
    } as Packet);
    await settle();
    expect(got).toEqual([]);
  });

  it('stops delivering to a closed endpoint or an unsubscribed listener', async () => {
    const bus = createBus();
    const [a, b, c] = [bus.connect(), bus.connect(), bus.connect()];
    const got: string[] = [];
    b.subscribe(() => got.push('b'));
    const off = c.subscribe(() => got.push('c'));
    b.close();
    off();
    a.send(HERE);
    await settle();
    expect(got).toEqual([]);
  });

  it('bridges to another transport both ways without loops', async () => {
    const left = createBus();
    const right = createBus();
    const [l1, lBridge] = [left.connect(), left.connect()];
    const [r1, rBridge] = [right.connect(), right.connect()];
    const stop = bridge(lBridge, rBridge);
    const got: string[] = [];
    l1.subscribe(() => got.push('l1'));
    r1.subscribe(() => got.push('r1'));
    l1.send(HERE);
    await settle();
    r1.send(HERE);
    await settle();
    expect(got).toEqual(['r1', 'l1']);
    stop();
    l1.send(HERE);
    await settle();
    expect(got).toEqual(['r1', 'l1']);
  });
});
