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
