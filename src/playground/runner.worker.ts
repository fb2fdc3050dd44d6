// Runner worker: runs one example per request and posts its console output and outcome.
import { describeError, executeExample, type ExampleSource } from './execute.ts';
import { LIBRARIES } from './libraries.ts';
import { isRunRequest, type LogEntry, type RunRequest, type WorkerMessage } from './protocol.ts';

/** Log entries posted per run; beyond this an endless logging loop would flood the page. */
export const MAX_LOG_ENTRIES = 1000;

let current: { id: number; source: ExampleSource } | undefined;

// A prewarmed worker waits for its first request: compile a tiny example now, so that request
// does not pay for sucrase's first (unoptimised) run.
void executeExample({ code: 'const warm: number = 1;' }, { modules: {}, onLog: () => {} });

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isRunRequest(event.data)) void handle(event.data);
});

// Errors thrown outside the awaited code (a timer callback) still belong to the current run.
self.addEventListener('error', (event: ErrorEvent) => reportUncaught(event.error));
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) =>
  reportUncaught(event.reason),
);

async function handle({ id, code, setup, lang }: RunRequest): Promise<void> {
  const source = { code, setup, lang };
  current = { id, source };
  post({ type: 'started', id });
  const error = await executeExample(source, {
    modules: LIBRARIES,
    onLog: createLogger(id),
  });
  post(error ? { type: 'error', id, ...error } : { type: 'done', id });
}

function createLogger(id: number): (entry: LogEntry) => void {
  let count = 0;
  return (entry) => {
    count += 1;
    if (count <= MAX_LOG_ENTRIES) post({ type: 'log', id, entry });
    else if (count === MAX_LOG_ENTRIES + 1) {
      post({
        type: 'log',
        id,
        entry: { level: 'warn', text: `… output stopped after ${MAX_LOG_ENTRIES} lines` },
      });
    }
  };
}

function reportUncaught(error: unknown): void {
  if (current)
    post({
      type: 'error',
      id: current.id,
      ...describeError(error, current.source),
    });
}

function post(message: WorkerMessage): void {
  self.postMessage(message);
}
