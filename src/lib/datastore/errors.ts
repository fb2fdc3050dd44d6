// Error classes of the datastore library: each has a stable `name` and `code`.

/** Options accepted by every datastore error. */
export interface DatastoreErrorOptions {
  /** The lower-level failure this error wraps. */
  cause?: unknown;
}

/** Base class of every error the datastore library throws on purpose. */
export class DatastoreError extends Error {
  /** Stable machine-readable code, e.g. `ERR_NOT_SUPPORTED`. */
  readonly code: string;

  constructor(message: string, code = 'ERR_DATASTORE', options: DatastoreErrorOptions = {}) {
    super(message.startsWith('[datastore]') ? message : `[datastore] ${message}`, options);
    this.name = 'DatastoreError';
    this.code = code;
  }
}

/** A store cannot perform this operation (for example `query` on a key-value backend). */
export class NotSupportedError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_NOT_SUPPORTED', options);
    this.name = 'NotSupportedError';
  }
}

/** A symlink would create a cycle, or a chain of links loops. */
export class CircularLinkError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_CIRCULAR_LINK', options);
    this.name = 'CircularLinkError';
  }
}

/**
 * `SymlinkDatastore.link` was asked to store a link where a value (not a link) is stored: refused
 * so that linking never silently destroys data.
 */
export class LinkOverValueError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_LINK_OVER_VALUE', options);
    this.name = 'LinkOverValueError';
  }
}

/** A stored record has the wrong shape (for example a directory that is not a list). */
export class InvalidRecordError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_INVALID_RECORD', options);
    this.name = 'InvalidRecordError';
  }
}

/** A serializer failed to dump or load a value. */
export class SerializationError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_SERIALIZATION', options);
    this.name = 'SerializationError';
  }
}

/** A cursor was iterated a second time. */
export class CursorConsumedError extends DatastoreError {
  constructor(message = '[datastore] cursor already consumed: a cursor can be iterated once') {
    super(message, 'ERR_CURSOR_CONSUMED');
    this.name = 'CursorConsumedError';
  }
}

/** Options of a `BackendError`: which backend failed, on which key, and the engine's error. */
export interface BackendErrorOptions extends DatastoreErrorOptions {
  /** The backend's short name, e.g. `redis`. */
  backend: string;
  /** The key the failed call was about, when there was one. */
  key?: string | undefined;
}

/** A data store engine (file system, Redis, SQLite, …) failed or did not answer in time. */
export class BackendError extends DatastoreError {
  /** The backend's short name, e.g. `redis`. */
  readonly backend: string;
  /** The key the failed call was about, when there was one. */
  readonly key: string | undefined;

  constructor(message: string, options: BackendErrorOptions) {
    const where = options.key === undefined ? '' : ` (key ${options.key})`;
    super(`[datastore] [${options.backend}] ${message}${where}`, 'ERR_BACKEND', options);
    this.name = 'BackendError';
    this.backend = options.backend;
    this.key = options.key;
  }
}

/** A key cannot be stored by this backend (too long, or the root key where a file is needed). */
export class InvalidKeyError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_INVALID_KEY', options);
    this.name = 'InvalidKeyError';
  }
}

/** A store was used after `close()`. */
export class StoreClosedError extends DatastoreError {
  constructor(message: string, options?: DatastoreErrorOptions) {
    super(message, 'ERR_CLOSED', options);
    this.name = 'StoreClosedError';
  }
}

// --- Argument errors ---
// Programmer mistakes keep the built-in class callers already catch (TypeError, RangeError) and
// carry Node's own codes, as `fs.readFile(3)` does with ERR_INVALID_ARG_TYPE.

/** An argument or option has the wrong type (a function expected, got a string, …). */
export class InvalidArgTypeError extends TypeError {
  override name = 'InvalidArgTypeError';
  readonly code = 'ERR_INVALID_ARG_TYPE';
}

/** An argument has the right type but a value the function cannot use. */
export class InvalidArgValueError extends TypeError {
  override name = 'InvalidArgValueError';
  readonly code = 'ERR_INVALID_ARG_VALUE';
}

/** A number (or a count) is outside the range a function accepts. */
export class OutOfRangeError extends RangeError {
  override name = 'OutOfRangeError';
  readonly code = 'ERR_OUT_OF_RANGE';
}
