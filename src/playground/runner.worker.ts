// Runner worker: runs one example, posting its console output and outcome on a private port.
//
// Example code runs in this worker's global scope, so it must not be able to speak for the runner:
// the page listens only on the MessagePort that came with the run request, which this module keeps
// in a closure; the worker's own `postMessage` is removed before the example runs; and output is
// cut to its limits here (see log-budget.ts), before anything crosses to the page.
import { executeExample } from './execute.ts';
import { LIBRARIES } from './libraries.ts';
import { clampText, LogBudget, OUTPUT_LIMITS } from './log-budget.ts';
import { StoreRegistry } from './inspector/registry.ts';
import {
  isRunRequest,
  type LogEntry,
  type RunErrorInfo,
  type RunRequest,
  type WorkerMessage,
} from './protocol.ts';

// A prewarmed worker waits for its first request: compile a tiny example now, so that request
// does not pay for sucrase's first (unoptimised) run.
void executeExample({ code: 'const warm: number = 1;' }, { modules: {}, onLog: () => {} });

let started = false;

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const port = event.ports[0];
  // One run per worker: a second request (even one the example dispatched itself) is ignored.
  if (started || !port || !isRunRequest(event.data)) return;
  started = true;
  void handle(event.data, port);
});

async function handle({ id, code, setup, lang }: RunRequest, port: MessagePort): Promise<void> {
  const send = port.postMessage.bind(port) as (message: WorkerMessage) => void;
  sealPostMessage();
  const budget = new LogBudget();
  const stores = new StoreRegistry();
  // While the inspector reads the stores, what they print (a LoggingDatastore) is not output.
  let reading = false;
  send({ type: 'started', id });
  const error = await executeExample(
    { code, setup, lang },
    {
      modules: stores.wrap(LIBRARIES),
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
