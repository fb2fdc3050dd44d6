// Errors across a worker thread: a content error thrown while rendering in a thread is rebuilt
// on the main thread with the same class, message, file, line and hint, so the build reports it
// exactly as it would have without threads.
import { ContentError } from '../markdown/errors.ts';

/** A structured-clone-safe copy of an error. */
export interface ThreadError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, unknown>;
}

/** Copies what is needed to rebuild `error` on the other side. */
export function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      fields[key] = value;
  }
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    fields,
  };
}

/** Rebuilds a thread's error: a ContentError as itself, anything else as an Error that keeps
 * the original name, message and fields (such as `code`, `file`, `line`). */
export function fromThreadError(copy: ThreadError): Error {
  const { file, line, problem, hint } = copy.fields;
  if (copy.name === 'ContentError' && typeof file === 'string' && typeof problem === 'string') {
    return new ContentError(
      file,
      typeof line === 'number' ? line : undefined,
      problem,
      String(hint ?? ''),
    );
  }
  const error = Object.assign(new Error(copy.message), copy.fields);
  Object.defineProperty(error, 'name', { value: copy.name, configurable: true, writable: true });
  if (copy.stack) error.stack = copy.stack;
  return error;
}
