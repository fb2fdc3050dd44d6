// The page's workers: one compiler worker, kept for the page's life, and a small pool of spare
// runner workers loaded ahead of time, each used for one run only (runner.ts).
import type { CompileRequest, RunRequest } from './protocol.ts';

const spares: Worker[] = [];
let compiler: Worker | undefined;

/** How many loaded workers wait for the next runs: two, so that runs started back to back
 * (a reader clicking Run on one example after another) each find one ready. */
export const SPARE_WORKERS = 2;

/** Starts loading the compiler and the spare workers in the background, so the next run starts at once. */
export function prewarm(): void {
  compilerWorker();
  while (spares.length < SPARE_WORKERS) spares.push(createWorker());
}

/** A spare if there is one (the oldest: the most likely to be loaded), else a new worker. */
export function takeWorker(): Worker {
  return spares.shift() ?? createWorker();
}

/** The page's compiler worker, started on first use; replaced if it fails to load. */
export function compilerWorker(): Worker {
  if (compiler) return compiler;
  const worker = new Worker(new URL('./compiler.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', () => {
    if (compiler === worker) compiler = undefined;
    worker.terminate();
  });
  return (compiler = worker);
}

/** Ends the compiler worker (one that never answered a run in time may be stuck on its code); the
 * next run starts a new one. */
export function discardCompiler(): void {
  compiler?.terminate();
  compiler = undefined;
}

/** Asks the compiler to compile a run's code; returns the port its answer will come on, for the
 * run's worker. The compile starts at once, while that worker may still be loading. */
export function compileFor({ code, setup, lang }: RunRequest): MessagePort {
  const channel = new MessageChannel();
  const request: CompileRequest = { type: 'compile', code, setup, lang };
  compilerWorker().postMessage(request, [channel.port1]);
  return channel.port2;
}

// --- Internal helpers ---

function createWorker(): Worker {
  return new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module' });
}
