// Runs the build's examples in a worker thread, so that an example stuck in a loop that never
// ends is stopped (the thread is terminated) instead of hanging the build.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SOURCE_CONDITION } from '../../package-conditions.ts';
import type { RunnableExample } from '../markdown/index.ts';
import type { RunErrorInfo } from '../playground/protocol.ts';

/** What running an example gave: what it printed, and its uncaught error if any. */
export interface ExampleOutcome {
  output: string;
  error?: RunErrorInfo;
}

// The thread loads our TypeScript through tsx (a dev dependency, installed with the toolchain).
const THREAD_FILE = fileURLToPath(new URL('./example-thread.ts', import.meta.url));
// An eval'd thread resolves bare imports from the working directory: the project root. It says
// `ready` once the libraries are loaded, so loading them never counts against an example's time.
const BOOT = `Promise.all([import('node:worker_threads'), import('tsx/esm/api').then(({ tsImport }) =>
  tsImport(${JSON.stringify(pathToFileURL(THREAD_FILE).href)}, ${JSON.stringify(import.meta.url)}))])
  .then(([{ parentPort }]) => parentPort.postMessage('ready'));`;

/** One thread, reused from example to example, replaced after a timeout. */
export class ExampleThreadRunner {
  #worker: { thread: Worker; ready: Promise<void> } | undefined;

  constructor(readonly timeoutMs: number) {}

  /** Runs `example`; a run longer than `timeoutMs` ends with a TimeoutError outcome. The thread
   * itself reports an example waiting on a promise; the thread is terminated only when it does
   * not answer a second after that, which is an example stuck in a synchronous loop. */
  async run(example: RunnableExample): Promise<ExampleOutcome> {
    const { thread: worker, ready } = (this.#worker ??= startThread());
    await ready;
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
    void this.#worker?.thread.terminate();
    this.#worker = undefined;
  }
}

function startThread(): { thread: Worker; ready: Promise<void> } {
  // The examples import the libraries by package name; the condition picks their sources (see
  // package-conditions.ts), so the build needs no built dist/.
  const execArgv = [...process.execArgv, `--conditions=${SOURCE_CONDITION}`];
  const worker = new Worker(BOOT, { eval: true, execArgv });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => (worker.off('error', reject), resolve()));
    worker.once('error', reject);
  });
  return { thread: worker, ready };
}

function timeoutError(timeoutMs: number): RunErrorInfo {
  return {
    name: 'TimeoutError',
    message: `did not finish within ${timeoutMs} ms and had to be stopped: does it loop forever?`,
    stack: '',
    phase: 'runtime',
  };
}
