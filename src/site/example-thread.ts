// Worker-thread entry: runs one runnable example at a time for the build, and posts its outcome.
import { parentPort } from 'node:worker_threads';
import type { RunnableExample } from '../markdown/index.ts';
import { runForOutput } from './verify-examples.ts';

parentPort?.on(
  'message',
  async ({ example, timeoutMs }: { example: RunnableExample; timeoutMs: number }) => {
    parentPort?.postMessage(await runForOutput(example, { timeoutMs }));
  },
);
// Loading the libraries takes a while on a busy machine; the runner starts an example's clock
// only once this arrives.
parentPort?.postMessage({ ready: true });
