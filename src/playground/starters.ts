// The playground page's starter examples, one per library: short, deterministic, and each one
// leaves something for the store inspector to show (datastore and dronestore).

/** A starter: its library's name (the select's label) and its code. */
export interface Starter {
  id: 'datastore' | 'dronestore' | 'texchat';
  label: string;
  code: string;
}

export const STARTERS: readonly Starter[] = [
  {
    id: 'datastore',
    label: 'datastore: a cache in front of a store',
    code: `import { MemoryDatastore, TieredDatastore } from '@project-hub/datastore';

const cache = new MemoryDatastore();
const backing = new MemoryDatastore();
const store = new TieredDatastore([cache, backing]);

await store.put('/users/ada', { name: 'Ada', born: 1815 });
await backing.put('/users/emmy', { name: 'Emmy', born: 1882 });
console.log(await store.get('/users/ada'));
console.log(await cache.contains('/users/emmy'), await store.contains('/users/emmy'));
// Run, then open "Stores": the cache holds one key, the backing store both.
`,
  },
  {
    id: 'dronestore',
    label: 'dronestore: versions of an object',
    code: `import { MemoryDatastore } from '@project-hub/datastore';
import { defineModel, HybridClock, Repo, StringAttribute } from '@project-hub/dronestore';

const Page = defineModel('Page', { title: new StringAttribute() });
const repo = new Repo(new MemoryDatastore());
const page = new Page('home', { clock: new HybridClock({ replica: 'laptop', wall: () => 0 }) });

page.title = 'Hello';
await repo.put(page.commit());
page.title = 'Hello, world';
const v2 = await repo.put(page.commit());
console.log(v2.hash.slice(0, 8), 'parent', v2.parent.slice(0, 8));
console.log((await repo.get(page.key))?.title);
// Run, then open "Stores": the repo shows both versions of /Page:home.
`,
  },
  {
    id: 'texchat',
    label: 'texchat: two clients on a bus',
    code: `import { ChatClient, createBus, splitSegments } from '@project-hub/texchat';

const bus = createBus();
const ada = new ChatClient({ transport: bus.connect(), name: 'Ada' });
const emmy = new ChatClient({ transport: bus.connect(), name: 'Emmy' });
const heard = new Promise<void>((resolve) => {
  emmy.on('message', ({ message }) => {
    console.log(message.name, splitSegments(message.text));
    resolve();
  });
});
await ada.join('lobby');
await emmy.join('lobby');
await ada.send('Euler: $e^{i\\\\pi} + 1 = 0$');
await heard;
ada.close();
emmy.close();
`,
  },
];
