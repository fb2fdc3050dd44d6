// Runs the build's examples in a worker thread, so that an example stuck in a loop that never
// ends is stopped (the thread is terminated) instead of hanging the build.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunnableExample } from '../markdown/index.ts';
import type { RunErrorInfo } from '../playground/protocol.ts';

/** What running an example gave: what it printed, and its uncaught error if any. */
export interface ExampleOutcome {
  output: string;
  error?: RunErrorInfo;
}

// The thread loads our TypeScript through tsx (a dev dependency, installed with the toolchain).
const THREAD_FILE = fileURLToPath(new URL('./example-thread.ts', import.meta.url));
// An eval'd thread resolves bare imports from the working directory: the project root.
const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  pathToFileURL(THREAD_FILE).href,
)}, ${JSON.stringify(import.meta.url)}));`;

/** One thread, reused from example to example, replaced after a timeout. */
export class ExampleThreadRunner {
  #worker: Worker | undefined;
  #ready: Promise<Worker> | undefined;

  constructor(readonly timeoutMs: number) {}

  /** Runs `example`; a run longer than `timeoutMs` ends with a TimeoutError outcome. The thread
   * itself reports an example waiting on a promise; the thread is terminated only when it does
   * not answer a second after that, which is an example stuck in a synchronous loop. */
  async run(example: RunnableExample): Promise<ExampleOutcome> {
    // The thread's start-up (loading tsx and the libraries) is not the example's time.
    const worker = await (this.#ready ??= this.#start());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.close();
        resolve({ output: '', error: timeoutError(this.timeoutMs) });
      }, this.timeoutMs + 1000);
      const settle = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError);
      };
      const onMessage = (outcome: ExampleOutcome) => (settle(), resolve(outcome));
      const onError = (error: Error) => (settle(), this.close(), reject(error));
      worker.on('message', onMessage).on('error', onError);
      worker.postMessage({ example, timeoutMs: this.timeoutMs });
    });
  }

  /** Stops the thread (a later run starts a new one). */
  close(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
    this.#ready = undefined;
  }

  // Resolves once the thread says it has loaded; a thread that fails to load rejects.
  #start(): Promise<Worker> {
    const worker = new Worker(BOOT, { eval: true });
    worker.unref();
    this.#worker = worker;
    return new Promise((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if ((message as { ready?: boolean } | null)?.ready !== true) return;
        worker.off('message', onMessage).off('error', onError);
        resolve(worker);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage).off('error', onError);
        this.close();
        reject(error);
      };
      worker.on('message', onMessage).on('error', onError);
    });
  }
}

function timeoutError(timeoutMs: number): RunErrorInfo {
  return {
    name: 'TimeoutError',
    message: `did not finish within ${timeoutMs} ms and had to be stopped: does it loop forever?`,
    stack: '',
    phase: 'runtime',
  };
}
