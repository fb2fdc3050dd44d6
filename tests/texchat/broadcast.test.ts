import { afterEach, describe, expect, it } from 'vitest';
import { createBroadcastTransport, type Packet, type Transport } from '@project-hub/texchat';
import { HERE, eventually, settle } from './_helpers.ts';

const open: Transport[] = [];
const transport = (channel: string) => {
  const t = createBroadcastTransport({ channel });
  open.push(t);
  return t;
};
afterEach(() => open.splice(0).forEach((t) => t.close()));

describe('createBroadcastTransport', () => {
  it('delivers to other channels of the same name and not to the sender', async () => {
    const [a, b, other] = [transport('t1'), transport('t1'), transport('t1-other')];
    const got: Record<string, Packet[]> = { a: [], b: [], other: [] };
    a.subscribe((p) => got['a']?.push(p));
    b.subscribe((p) => got['b']?.push(p));
    other.subscribe((p) => got['other']?.push(p));
    a.send(HERE);
    await eventually(() => expect(got['b']).toEqual([HERE]));
    await settle();
    expect(got['a']).toEqual([]);
    expect(got['other']).toEqual([]);
  });

  it('drops malformed data posted on the channel', async () => {
    const [a, b] = [transport('t2'), transport('t2')];
    const got: Packet[] = [];
    b.subscribe((p) => got.push(p));
    const raw = new BroadcastChannel('t2');
    raw.postMessage({ type: 'message', message: { id: '../../x', text: '<script>' } });
    raw.postMessage('<img src=x onerror=alert(1)>');
    a.send(HERE);
    await eventually(() => expect(got).toEqual([HERE]));
    raw.close();
  });

  it('ignores sends after close instead of throwing', () => {
    const a = transport('t3');
    a.close();
    expect(() => a.send(HERE)).not.toThrow();
  });
});
