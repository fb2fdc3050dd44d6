// Error classes: stable names and codes, the [dronestore] prefix, causes.
import { describe, expect, it } from 'vitest';
import {
  AttributeTypeError,
  canonicalJson,
  decodeStamp,
  HybridClock,
  DronestoreError,
  InvalidNameError,
  MergeError,
  ModelDefinitionError,
  ModelStateError,
  ValidationError,
  VersionError,
} from '@project-hub/dronestore';

describe('errors', () => {
  it.each([
    [DronestoreError, 'DronestoreError', 'ERR_DRONESTORE'],
    [ValidationError, 'ValidationError', 'ERR_VALIDATION'],
    [ModelStateError, 'ModelStateError', 'ERR_MODEL_STATE'],
    [MergeError, 'MergeError', 'ERR_MERGE'],
    [ModelDefinitionError, 'ModelDefinitionError', 'ERR_MODEL_DEFINITION'],
    [InvalidNameError, 'InvalidNameError', 'ERR_INVALID_NAME'],
    [VersionError, 'VersionError', 'ERR_VERSION'],
  ] as const)('%o has a stable name and code, and the [dronestore] prefix', (Type, name, code) => {
    const error = new Type('something went wrong', { cause: 'why' });
    expect(error).toBeInstanceOf(DronestoreError);
    expect(error).toMatchObject({
      name,
      code,
      message: '[dronestore] something went wrong',
      cause: 'why',
    });
  });

  it('makes coercion failures TypeErrors', () => {
    const error = new AttributeTypeError('bad');
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(DronestoreError);
    expect(error).toMatchObject({ name: 'AttributeTypeError', code: 'ERR_ATTRIBUTE_TYPE' });
    expect('cause' in new AttributeTypeError('no cause')).toBe(false);
  });

  // Regression (issue 12): argument errors were plain TypeError/RangeError without a code.
  it.each([
    [
      'an empty replica id',
      () => new HybridClock({ replica: '' }),
      TypeError,
      'ERR_INVALID_ARG_TYPE',
    ],
    [
      'a wall clock that is not a number',
      () => new HybridClock({ wall: () => Number.NaN }).now(),
      RangeError,
      'ERR_OUT_OF_RANGE',
    ],
    ['a stamp that is not one', () => decodeStamp('1e5'), TypeError, 'ERR_INVALID_ARG_VALUE'],
    ['a value that is not JSON', () => canonicalJson(() => 1), TypeError, 'ERR_INVALID_ARG_TYPE'],
  ] as const)('gives %s a Node-style code, keeping its built-in class', (_, fn, Builtin, code) => {
    expect(fn).toThrow(Builtin);
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
});
