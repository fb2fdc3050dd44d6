// Compiler worker: one per page, kept for the page's life, so sucrase is loaded once and gets
// faster with use. It runs no example code. The page sends it each run's code with a port, and it
// answers on that port, which leads to the run's worker (the page gave it the other end).
import { compileExample } from './compile.ts';
import { isCompileRequest, type CompileReply } from './protocol.ts';

// While no run waits, compile a small example, so a later run does not pay for sucrase's first,
// unoptimised pass. A page that asked at once (a cold start) gets its own compile first instead.
let asked = false;
setTimeout(() => asked || compileExample({ code: WARM_UP_EXAMPLE() }), 0);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const [reply] = event.ports;
  asked = true;
  if (!reply || !isCompileRequest(event.data)) return;
  const { code, setup, lang } = event.data;
  const answer: CompileReply = { type: 'compiled', result: compileExample({ code, setup, lang }) };
  reply.postMessage(answer);
  reply.close();
});

function WARM_UP_EXAMPLE(): string {
  return [
    "import { Key, MemoryDatastore } from '@project-hub/datastore';",
    'const store: MemoryDatastore = new MemoryDatastore();',
    "await store.put(new Key('/a'), { n: 1 } as const);",
    'for (const { key } of await store.query({ prefix: "/" })) console.log(`${key}`);',
  ].join('\n');
}
