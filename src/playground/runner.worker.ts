// Runner worker: runs one example, posting its console output and outcome on a private port.
//
// Example code runs in this worker's global scope, so it must not be able to speak for the runner:
// the page listens only on the MessagePort that came with the run request, which this module keeps
// in a closure; the worker's own `postMessage` is removed before the example runs; and output is
// cut to its limits here (see log-budget.ts), before anything crosses to the page.
//
// Before that, while the worker is still the page's, it takes the compiled example from the
// compiler worker (on the second port of the request) and loads the libraries it names.
import { IMPORTABLE, librariesNamedIn, loadLibraries } from './library-loaders.ts';
import { clampText, LogBudget, OUTPUT_LIMITS } from './log-budget.ts';
import { StoreRegistry } from './inspector/registry.ts';
import {
  isCompileReply,
  isRunRequest,
  type LogEntry,
  type RunErrorInfo,
  type RunRequest,
  type WorkerMessage,
} from './protocol.ts';
import { runCompiled, type ModuleMap } from './run-compiled.ts';
import { warmUp } from './_warm-up.ts';
import type { CompileResult } from './compile.ts';

let started = false;

// While a spare waits for its run, it compiles the code most runs need (see _warm-up.ts); a worker
// whose run came at once (a cold start, or a spare taken young) goes straight to its run.
const warm = new Promise<void>((resolve) => setTimeout(resolve, 0))
  .then(async () => {
    if (!started) await warmUp(await loadLibraries(librariesNamedIn('')));
  })
  .catch(() => {});

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const [port, compiler] = event.ports;
  // One run per worker: a second request (even one the example dispatched itself) is ignored.
  if (started || !port || !compiler || !isRunRequest(event.data)) return;
  started = true;
  void handle(event.data, port, compiler);
});

async function handle(
  request: RunRequest,
  port: MessagePort,
  compiler: MessagePort,
): Promise<void> {
  const { id, setup } = request;
  const send = port.postMessage.bind(port) as (message: WorkerMessage) => void;
  const prepared = await prepare(compiler).catch((error: unknown) => loadError(error));
  await warm;
  sealPostMessage();
  send({ type: 'started', id });
  if ('error' in prepared) return send({ type: 'error', id, ...clampError(prepared.error) });
  const budget = new LogBudget();
  const stores = new StoreRegistry();
  // While the inspector reads the stores, what they print (a LoggingDatastore) is not output.
  let reading = false;
  const error = await runCompiled(
    prepared.js,
    { setup },
    {
      modules: stores.wrap(prepared.modules),
      importable: IMPORTABLE,
      onLog: (entry: LogEntry) => {
        if (reading) return;
        for (const kept of budget.take(entry)) send({ type: 'log', id, entry: kept });
      },
      maxEntryChars: () => budget.room,
    },
  );
  // The inspector's snapshot is read here, in the worker, within its bounds (inspector/). Example
  // code may have broken the builtins it uses: then there is no snapshot, and the run still ends.
  reading = true;
  const snapshot = await stores.snapshot().catch(() => undefined);
  if (snapshot && snapshot.stores.length > 0) send({ type: 'stores', id, snapshot });
  send(error ? { type: 'error', id, ...clampError(error) } : { type: 'done', id });
}

type Prepared = { js: string; modules: ModuleMap } | { error: RunErrorInfo };

/** Takes the compiled example (from the compiler worker) and loads the libraries it names. */
async function prepare(compiler: MessagePort): Promise<Prepared> {
  const result = await compiled(compiler);
  if (!result.ok) return { error: result.error };
  return { js: result.js, modules: await loadLibraries(librariesNamedIn(result.js)) };
}

/** The compiler's answer: the page asked it to compile this run's code and answer on `compiler`. */
function compiled(compiler: MessagePort): Promise<CompileResult> {
  return new Promise((resolve, reject) => {
    compiler.onmessage = ({ data }: MessageEvent<unknown>) => {
      compiler.close();
      if (isCompileReply(data)) resolve(data.result);
      else
        reject(new Error('the example compiler sent an answer that does not follow the protocol'));
    };
  });
}

/** A library chunk that failed to load (the network, or a bad deploy), as the run's error. */
function loadError(error: unknown): { error: RunErrorInfo } {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    error: {
      name: 'Error',
      message: `[playground] the example could not be prepared: ${reason}`,
      stack: '',
      phase: 'runtime',
    },
  };
}

/** The error's texts cut to the entry limit with functions captured at load (example code may
 * have replaced String.prototype.slice, which describing the error used). */
function clampError(error: RunErrorInfo): RunErrorInfo {
  const max = OUTPUT_LIMITS.entryBytes / 4;
  const { line, setupLine, thrownValue, phase } = error;
  return {
    name: clampText(error.name, max),
    message: clampText(error.message, max),
    stack: clampText(error.stack, max),
    phase: phase === 'syntax' ? 'syntax' : 'runtime',
    ...(isLine(line) ? { line } : {}),
    ...(isLine(setupLine) ? { setupLine } : {}),
    ...(thrownValue === true ? { thrownValue } : {}),
  };
}

function isLine(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** Takes `postMessage` away from the example: the worker scope's and every MessagePort's. */
function sealPostMessage(): void {
  // The worker scope's postMessage lives on its prototype (DedicatedWorkerGlobalScope.prototype).
  for (let target: object | null = self; target; target = Object.getPrototypeOf(target)) {
    Reflect.deleteProperty(target, 'postMessage');
  }
  Reflect.deleteProperty(MessagePort.prototype, 'postMessage');
}
