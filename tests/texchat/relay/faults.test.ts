// Faults: the relay process is killed mid-conversation and started again on the same port.
// Clients reconnect by themselves, what they typed meanwhile is delivered once, presence comes
// back, and the history written before the crash is still there for a late joiner.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelayProcess, type Started } from '../../../scripts/_processes.ts';
import { eventually, relayUser, texts, type RelayUser } from './_relay.ts';

const dir = mkdtempSync(join(tmpdir(), 'texchat-relay-'));
const STORE = { TEXCHAT_STORE: `sqlite:${join(dir, 'history.sqlite')}` };
let relay: Started & { url: string };
const users: RelayUser[] = [];

afterAll(async () => {
  for (const u of users) u.client.close();
  await relay?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const user = (name: string) => {
  const u = relayUser(relay.url, name);
  users.push(u);
  return u;
};

describe('a relay killed and restarted', () => {
  it('loses nothing: reconnect, queued messages once, presence, history for a late joiner', async () => {
    relay = await startRelayProcess(STORE);
    const port = new URL(relay.url).port;
    const ada = user('Ada');
    const emmy = user('Emmy');
    await ada.client.join('lobby');
    await emmy.client.join('lobby');
    await eventually(() => expect(emmy.client.members()).toHaveLength(2));
    await ada.client.send('before the crash');
    await eventually(() => expect(texts(emmy)).toEqual(['before the crash']));
    // Emmy can see it before Ada's confirmation arrives: wait for that too, so the kill leaves
    // exactly the messages typed while the relay was down in Ada's outbox.
    await eventually(() => expect(ada.transport.pending).toBe(0));

    await relay.kill();
    await eventually(() => expect(ada.transport.state).toBe('reconnecting'));
    await ada.client.send('typed while it was down 1');
    await ada.client.send('typed while it was down 2');
    expect(ada.transport.pending).toBe(2);

    relay = await startRelayProcess({ ...STORE, TEXCHAT_PORT: port });
    await eventually(() => expect(ada.transport.state).toBe('connected'), 10_000);
    await eventually(() =>
      expect(texts(emmy)).toEqual([
        'before the crash',
        'typed while it was down 1',
        'typed while it was down 2',
      ]),
    );
    // The relay's acks to Ada and its presence answers may land after Emmy's copies: wait for them.
    await eventually(() => expect(ada.transport.pending).toBe(0));
    await eventually(() =>
      expect(emmy.client.members().map((m) => m.name)).toEqual(['Ada', 'Emmy']),
    );

    // The SQLite file outlived the process: the whole conversation is there.
    const late = user('Kurt');
    await late.client.join('lobby');
    await eventually(() =>
      expect(texts(late)).toEqual([
        'before the crash',
        'typed while it was down 1',
        'typed while it was down 2',
      ]),
    );
    await eventually(() => expect(late.client.members()).toHaveLength(3));
    // Delivered once: nothing arrived twice after the reconnect.
    expect(texts(emmy)).toHaveLength(3);
  }, 60_000);
});
