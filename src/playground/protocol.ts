// The message protocol between the runner facade (main thread) and the runner worker.
import type { CompileResult } from './compile.ts';
import { isStoreSnapshot, type StoreSnapshot } from './inspector/snapshot.ts';

/** The bounds of one run's output: the worker cuts to them (log-budget.ts), the page checks them. */
export interface OutputLimits {
  /** UTF-8 bytes of one console entry; the rest of the entry is cut, with a notice. */
  entryBytes: number;
  /** UTF-8 bytes of all entries of a run; past it, the output stops with a notice. */
  runBytes: number;
  /** Console entries of a run. */
  entries: number;
}

/** 16 KiB per entry, 64 KiB and 1000 entries per run: enough for any docs example, and little
 * enough that the page lays the text out in a frame or two. */
export const OUTPUT_LIMITS: Readonly<OutputLimits> = {
  entryBytes: 16 * 1024,
  runBytes: 64 * 1024,
  entries: 1000,
};

/** Console method that produced a log entry, or `note`: a notice from the runner (output cut). */
export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'note';

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
  /** True when a value that is not an Error was thrown (`throw null`): `message` shows it. */
  thrownValue?: boolean;
}

/** Main thread → runner worker: run this example. The request comes with two ports: the run's
 * private channel to the page, and the port on which the compiler (compiler.worker.ts) answers. */
export interface RunRequest {
  type: 'run';
  id: number;
  code: string;
  setup: string;
  /** `js` code is not type-stripped (so `a < b > c` keeps its JavaScript meaning). */
  lang: 'ts' | 'js';
}

/** Main thread → compiler: compile this example, and answer on the port sent with this request. */
export interface CompileRequest {
  type: 'compile';
  code: string;
  setup: string;
  lang: 'ts' | 'js';
}

/** Compiler → runner worker, on the port the page gave them: the compiled code, or the syntax error. */
export interface CompileReply {
  type: 'compiled';
  result: CompileResult;
}

/** Worker → main thread: every message carries the id of the request it answers. */
export type WorkerMessage =
  | { type: 'started'; id: number }
  | { type: 'log'; id: number; entry: LogEntry }
  | { type: 'done'; id: number }
  /** The stores the example created (for the store inspector), sent once, before `done`/`error`. */
  | { type: 'stores'; id: number; snapshot: StoreSnapshot }
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

/** Narrows a message to the compiler to a compile request. */
export function isCompileRequest(data: unknown): data is CompileRequest {
  return (
    field(data, 'type') === 'compile' &&
    typeof field(data, 'code') === 'string' &&
    typeof field(data, 'setup') === 'string' &&
    (field(data, 'lang') === 'ts' || field(data, 'lang') === 'js')
  );
}

/** Narrows the compiler's answer (the runner worker checks it before it runs anything). */
export function isCompileReply(data: unknown): data is CompileReply {
  const result = field(data, 'result');
  if (field(data, 'type') !== 'compiled') return false;
  const ok = field(result, 'ok');
  return ok === true
    ? typeof field(result, 'js') === 'string'
    : ok === false && isRunErrorInfo(field(result, 'error'), Infinity);
}

/**
 * Checks every field of a message from the worker: types, enums, and the length of every string
 * (at most `maxText` characters). Anything else is not a worker message.
 */
export function isWorkerMessage(data: unknown, maxText = Infinity): data is WorkerMessage {
  const id = field(data, 'id');
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return false;
  switch (field(data, 'type')) {
    case 'started':
    case 'done':
      return true;
    case 'log':
      return isLogEntry(field(data, 'entry'), maxText);
    case 'error':
      return isRunErrorInfo(data, maxText);
    case 'stores':
      return isStoreSnapshot(field(data, 'snapshot'));
    default:
      return false;
  }
}

/** A log entry: a known level and a string of at most `maxText` characters. */
export function isLogEntry(data: unknown, maxText = Infinity): data is LogEntry {
  const level = field(data, 'level');
  return (
    typeof level === 'string' &&
    LEVELS.includes(level as LogLevel) &&
    isText(field(data, 'text'), maxText)
  );
}

// --- Internal helpers ---

const LEVELS: readonly LogLevel[] = ['log', 'info', 'warn', 'error', 'note'];

function isRunErrorInfo(data: unknown, maxText: number): boolean {
  const phase = field(data, 'phase');
  const thrownValue = field(data, 'thrownValue');
  return (
    isText(field(data, 'name'), maxText) &&
    isText(field(data, 'message'), maxText) &&
    isText(field(data, 'stack'), maxText) &&
    (phase === 'syntax' || phase === 'runtime') &&
    isOptionalLine(field(data, 'line')) &&
    isOptionalLine(field(data, 'setupLine')) &&
    (thrownValue === undefined || typeof thrownValue === 'boolean')
  );
}

function isText(value: unknown, maxText: number): value is string {
  return typeof value === 'string' && value.length <= maxText;
}

function isOptionalLine(value: unknown): boolean {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 1);
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, name)
    ? (Reflect.get(data, name) as unknown)
    : undefined;
}
