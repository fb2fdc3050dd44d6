// Error classes of dronestore: each has a stable `name` and `code`; messages start with [dronestore].

/** Options accepted by every dronestore error. */
export interface DronestoreErrorOptions {
  cause?: unknown;
}

function withCause(options: DronestoreErrorOptions): ErrorOptions | undefined {
  return options.cause === undefined ? undefined : { cause: options.cause };
}

/** Base class of the library's own errors (coercion failures are `AttributeTypeError`s instead). */
export class DronestoreError extends Error {
  override name = 'DronestoreError';
  readonly code: string = 'ERR_DRONESTORE';

  constructor(message: string, options: DronestoreErrorOptions = {}) {
    super(`[dronestore] ${message}`, withCause(options));
  }
}

/** A value cannot be coerced to an attribute's type (a `TypeError`, as the spec requires). */
export class AttributeTypeError extends TypeError {
  override name = 'AttributeTypeError';
  readonly code = 'ERR_ATTRIBUTE_TYPE';

  constructor(message: string, options: DronestoreErrorOptions = {}) {
    super(`[dronestore] ${message}`, withCause(options));
  }
}

/** A model failed `validate()` (for example a required attribute is empty). */
export class ValidationError extends DronestoreError {
  override name = 'ValidationError';
  override readonly code = 'ERR_VALIDATION';
}

/** An operation is not allowed in the model's current state (dirty, never committed). */
export class ModelStateError extends DronestoreError {
  override name = 'ModelStateError';
  override readonly code = 'ERR_MODEL_STATE';
}

/** Two versions cannot be merged (different key or type, or not a version at all). */
export class MergeError extends DronestoreError {
  override name = 'MergeError';
  override readonly code = 'ERR_MERGE';
}

/** A model type is declared wrongly (duplicate dstype, reserved attribute name, bad name). */
export class ModelDefinitionError extends DronestoreError {
  override name = 'ModelDefinitionError';
  override readonly code = 'ERR_MODEL_DEFINITION';
}

/** An instance name is invalid (empty, or contains `/`). */
export class InvalidNameError extends DronestoreError {
  override name = 'InvalidNameError';
  override readonly code = 'ERR_INVALID_NAME';
}

/** Serialised version data is malformed, or its hash does not match its content. */
export class VersionError extends DronestoreError {
  override name = 'VersionError';
  override readonly code = 'ERR_VERSION';
}

// --- Argument errors ---
// The datastore's own classes (dronestore builds on it): one InvalidArgTypeError to catch, whichever
// library threw it, carrying Node's codes (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
// ERR_OUT_OF_RANGE).
export { InvalidArgTypeError, InvalidArgValueError, OutOfRangeError } from '@project-hub/datastore';
