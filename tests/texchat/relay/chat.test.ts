// The relay carries the same chat as the page: rooms, names, members, room list, late history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivateRoomName } from '@project-hub/texchat';
import type { RelayServer } from '@project-hub/texchat/server';
import { eventually, relayUser, testRelay, texts, type RelayUser } from './_relay.ts';

let relay: RelayServer;
let users: RelayUser[] = [];
const user = (name: string) => {
  const u = relayUser(relay.url, name);
  users.push(u);
  return u;
};

beforeEach(async () => {
  relay = await testRelay();
});
afterEach(async () => {
  for (const u of users) u.client.close();
  users = [];
  await relay.close();
});

describe('chat through the relay', () => {
  it('delivers a message to the room with the sender name and a date the relay assigned', async () => {
    const ada = user('Ada');
    const emmy = user('Emmy');
    await ada.client.join('lobby');
    await emmy.client.join('lobby');
    await eventually(() =>
      expect(ada.client.members().map((m) => m.name)).toEqual(['Ada', 'Emmy']),
    );
    const before = Date.now();
    await ada.client.send('$e^{i\\pi}+1=0$');
    await eventually(() => expect(texts(emmy)).toEqual(['$e^{i\\pi}+1=0$']));
    expect(emmy.seen[0]!.name).toBe('Ada');
    expect(emmy.seen[0]!.date).toBeGreaterThanOrEqual(before);
  });

  it('keeps rooms apart and announces a rename to the room', async () => {
    const ada = user('Ada');
    const emmy = user('Emmy');
    const kurt = user('Kurt');
    await ada.client.join('lobby');
    await emmy.client.join('lobby');
    await kurt.client.join('logic');
    const notices: string[] = [];
    emmy.client.on('notice', (n) => notices.push(n.text));
    await eventually(() => expect(emmy.client.members()).toHaveLength(2));
    ada.client.rename('Ada Lovelace');
    await eventually(() => expect(notices).toContain('Ada is now known as Ada-Lovelace'));
    await ada.client.send('hello lobby');
    await eventually(() => expect(texts(emmy)).toEqual(['hello lobby']));
    expect(emmy.seen[0]!.name).toBe('Ada-Lovelace');
    expect(texts(kurt)).toEqual([]);
  });

  it('lists public rooms with their member counts, never private ones', async () => {
    const ada = user('Ada');
    const emmy = user('Emmy');
    const kurt = user('Kurt');
    await ada.client.join('lobby');
    await emmy.client.join('lobby');
    await kurt.client.join(createPrivateRoomName());
    // The list is counted when the late one joins: wait until the others are in.
    await eventually(() => expect(emmy.client.members()).toHaveLength(2));
    await eventually(() =>
      expect(kurt.client.publicRooms()).toEqual([{ room: 'lobby', members: 2 }]),
    );
    const late = user('Sofia');
    await late.client.join('logic');
    await eventually(() =>
      expect(late.client.publicRooms()).toEqual([
        { room: 'lobby', members: 2 },
        { room: 'logic', members: 1 },
      ]),
    );
  });

  it('gives a late joiner the room history, oldest first, and the members list at once', async () => {
    const ada = user('Ada');
    await ada.client.join('lobby');
    for (const text of ['one', 'two', 'three']) await ada.client.send(text);
    await eventually(() => expect(ada.transport.pending).toBe(0));
    const late = user('Emmy');
    await late.client.join('lobby');
    await eventually(() => expect(texts(late)).toEqual(['one', 'two', 'three']));
    expect(late.client.members().map((m) => m.name)).toEqual(['Ada', 'Emmy']);
  });

  it('refuses a name already used in the room; a rename then joins under the new name', async () => {
    const ada = user('Ada');
    await ada.client.join('lobby');
    const copy = user('ada');
    await copy.client.join('lobby');
    await eventually(() => expect(copy.errors).toContain('ERR_NAME_TAKEN'));
    expect(ada.client.members().map((m) => m.name)).toEqual(['Ada']);
    copy.client.rename('Ada 2');
    await eventually(() =>
      expect(ada.client.members().map((m) => m.name)).toEqual(['Ada', 'Ada-2']),
    );
    await copy.client.send('I am the other one');
    await eventually(() =>
      expect(ada.seen.map((m) => [m.name, m.text])).toEqual([['Ada-2', 'I am the other one']]),
    );
  });
});
