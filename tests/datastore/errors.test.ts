// Error classes: stable names and codes, the [datastore] prefix, and causes.

import { describe, expect, it } from 'vitest';
import {
  CircularLinkError,
  CursorConsumedError,
  DatastoreError,
  InvalidRecordError,
  NotSupportedError,
  SerializationError,
} from '@project-hub/datastore';

describe('errors', () => {
  it('carry a stable name and code and extend DatastoreError', () => {
    const cases: [Error & { code: string }, string, string][] = [
      [new NotSupportedError('x'), 'NotSupportedError', 'ERR_NOT_SUPPORTED'],
      [new CircularLinkError('x'), 'CircularLinkError', 'ERR_CIRCULAR_LINK'],
      [new InvalidRecordError('x'), 'InvalidRecordError', 'ERR_INVALID_RECORD'],
      [new SerializationError('x'), 'SerializationError', 'ERR_SERIALIZATION'],
      [new CursorConsumedError(), 'CursorConsumedError', 'ERR_CURSOR_CONSUMED'],
    ];
    for (const [err, name, code] of cases) {
      expect([err.name, err.code, err instanceof DatastoreError]).toEqual([name, code, true]);
    }
  });
  it('start every message with [datastore] and keep the cause', () => {
    const cause = new Error('low level');
    const err = new SerializationError('cannot parse', { cause });
    expect([err.message, err.cause]).toEqual(['[datastore] cannot parse', cause]);
    expect(new NotSupportedError('[datastore] [x] no').message).toBe('[datastore] [x] no');
  });
});
