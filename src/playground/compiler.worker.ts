// Compiler worker: one per page, kept for the page's life, so sucrase is loaded once and gets
// faster with use. It runs no example code. Each run's worker gets its own port to it (sent by the
// page in a `connect` message) and asks for one compile on it.
import { compileExample } from './compile.ts';
import { isCompileRequest, type CompileReply } from './protocol.ts';

// Compile a small example while the compiler waits, so a later run does not pay for sucrase's
// first, unoptimised pass; a run whose request is already waiting goes first.
let compiled = false;
setTimeout(() => compiled || compileExample({ code: WARM_UP_EXAMPLE() }), 0);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const port = event.ports[0];
  if (!port) return;
  port.onmessage = ({ data }: MessageEvent<unknown>) => {
    port.onmessage = null; // one compile per port
    if (!isCompileRequest(data)) return port.close();
    compiled = true;
    const { code, setup, lang } = data;
    const reply: CompileReply = { type: 'compiled', result: compileExample({ code, setup, lang }) };
    port.postMessage(reply);
  };
});

function WARM_UP_EXAMPLE(): string {
  return [
    "import { Key, MemoryDatastore } from '@project-hub/datastore';",
    'const store: MemoryDatastore = new MemoryDatastore();',
    "await store.put(new Key('/a'), { n: 1 } as const);",
    'for (const { key } of await store.query({ prefix: "/" })) console.log(`${key}`);',
  ].join('\n');
}
