// The message protocol between the runner facade (main thread) and the runner worker.

/** Console method that produced a log entry. */
export type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** One console call, already formatted to text. */
export interface LogEntry {
  level: LogLevel;
  text: string;
}

/** Where an error was detected: while transpiling (syntax) or while running. */
export type ErrorPhase = 'syntax' | 'runtime';

/** An uncaught error, with its line in the visible example (1-based) when known. */
export interface RunErrorInfo {
  name: string;
  message: string;
  stack: string;
  phase: ErrorPhase;
  /** Line in the visible code; absent when unknown or when the error is in the hidden setup. */
  line?: number;
  /** Line in the hidden setup, when the error happened there. */
  setupLine?: number;
}

/** Main thread → worker: run this example. */
export interface RunRequest {
  type: 'run';
  id: number;
  code: string;
  setup: string;
  /** `js` code is not type-stripped (so `a < b > c` keeps its JavaScript meaning). */
  lang: 'ts' | 'js';
}

/** Worker → main thread: every message carries the id of the request it answers. */
export type WorkerMessage =
  | { type: 'started'; id: number }
  | { type: 'log'; id: number; entry: LogEntry }
  | { type: 'done'; id: number }
  | ({ type: 'error'; id: number } & RunErrorInfo);

/** What a run resolves to; the runner never rejects. */
export type RunResult =
  | { type: 'ok'; logs: LogEntry[] }
  | { type: 'error'; logs: LogEntry[]; error: RunErrorInfo }
  | { type: 'timeout'; logs: LogEntry[]; timeoutMs: number }
  | { type: 'cancelled'; logs: LogEntry[] };

/** Narrows an incoming message to a run request (the worker never casts). */
export function isRunRequest(data: unknown): data is RunRequest {
  return (
    field(data, 'type') === 'run' &&
    typeof field(data, 'id') === 'number' &&
    typeof field(data, 'code') === 'string' &&
    typeof field(data, 'setup') === 'string' &&
    (field(data, 'lang') === 'ts' || field(data, 'lang') === 'js')
  );
}

/** Narrows an incoming message to a worker message. */
export function isWorkerMessage(data: unknown): data is WorkerMessage {
  const type = field(data, 'type');
  return (
    typeof field(data, 'id') === 'number' &&
    (type === 'started' || type === 'log' || type === 'done' || type === 'error')
  );
}

// --- Internal helpers ---

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null && name in data
    ? (Reflect.get(data, name) as unknown)
    : undefined;
}
