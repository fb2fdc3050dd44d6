// Renders content files on several worker threads (the machine's cores), for builds with many
// pages to render. Work is handed out in small batches to whichever thread is free; results are
// put back in file order, so the output is the same whatever the scheduling.
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarkdownRendererOptions } from '../markdown/index.ts';
import type { ContentSource } from './content-files.ts';
import type { RenderReply, RenderRequest, RenderedPage } from './render-protocol.ts';
import { fromThreadError } from './thread-errors.ts';

export type { RenderedPage } from './render-protocol.ts';

/** Files per message: small enough to balance the threads, large enough to amortise a message. */
const BATCH_SIZE = 4;

// Threads load our TypeScript through tsx, as the example runner's thread does.
const THREAD_FILE = fileURLToPath(new URL('./render-thread.ts', import.meta.url));
const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  pathToFileURL(THREAD_FILE).href,
)}, ${JSON.stringify(import.meta.url)}));`;

/** How many threads to render on: one per core, at most four (past that, start-up dominates). */
export function renderThreadCount(): number {
  return Math.min(availableParallelism(), 4);
}

/** Renders `sources` on `threads` threads; the first failing file (in `sources` order) throws. */
export async function renderInThreads(
  sources: readonly ContentSource[],
  {
    threads = renderThreadCount(),
    ...rendererOptions
  }: MarkdownRendererOptions & { threads?: number },
): Promise<RenderedPage[]> {
  const replies = new Array<RenderReply | undefined>(sources.length);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        if (next >= sources.length) return;
        const jobs = sources
          .slice(next, next + BATCH_SIZE)
          .map((source, offset) => ({ index: next + offset, source }));
        next += jobs.length;
        worker.postMessage({ jobs } satisfies RenderRequest);
      };
      for (let i = 0; i < Math.min(threads, Math.ceil(sources.length / BATCH_SIZE)); i++) {
        const worker = new Worker(BOOT, { eval: true, workerData: rendererOptions });
        workers.push(worker);
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < sources.length)
            reject(
              new Error(
                `[render] a render thread stopped (exit code ${code}) before its work was done`,
              ),
            );
        });
        worker.on('message', (message: 'ready' | RenderReply[]) => {
          if (message !== 'ready') {
            for (const reply of message) replies[reply.index] = reply;
            done += message.length;
            if (done === sources.length) return resolve();
          }
          feed(worker);
        });
      }
      if (sources.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return replies.map((reply) => {
    if (!reply) throw new Error('[render] a file was never rendered');
    if (reply.error) throw fromThreadError(reply.error);
    return reply.page;
  });
}
