// Error classes: stable names and codes, the [datastore] prefix, and causes.

import { describe, expect, it } from 'vitest';
import {
  CircularLinkError,
  CursorConsumedError,
  DatastoreError,
  DictDatastore,
  Filter,
  InvalidRecordError,
  Key,
  LinkOverValueError,
  LRUCache,
  NotSupportedError,
  Order,
  Query,
  SerializationError,
  ShardedDatastore,
  TieredDatastore,
} from '@project-hub/datastore';

describe('errors', () => {
  it('carry a stable name and code and extend DatastoreError', () => {
    const cases: [Error & { code: string }, string, string][] = [
      [new NotSupportedError('x'), 'NotSupportedError', 'ERR_NOT_SUPPORTED'],
      [new CircularLinkError('x'), 'CircularLinkError', 'ERR_CIRCULAR_LINK'],
      [new LinkOverValueError('x'), 'LinkOverValueError', 'ERR_LINK_OVER_VALUE'],
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

  // Regression (issue 12): the docs promised a `code` on every error; argument errors had none.
  it.each([
    ['a Key of the wrong type', () => new Key(3 as never), TypeError, 'ERR_INVALID_ARG_TYPE'],
    [
      'an instance name with a slash',
      () => new Key('/a').instance('b/c'),
      TypeError,
      'ERR_INVALID_ARG_VALUE',
    ],
    [
      'an unknown filter operator',
      () => new Filter('a', '==' as never, 1),
      TypeError,
      'ERR_INVALID_ARG_VALUE',
    ],
    ['an order naming no field', () => new Order('-'), TypeError, 'ERR_INVALID_ARG_VALUE'],
    ['a fractional offset', () => new Query('/', { offset: 1.5 }), RangeError, 'ERR_OUT_OF_RANGE'],
    [
      'a limit that is a string',
      () => new Query('/', { limit: '3' as never }),
      TypeError,
      'ERR_INVALID_ARG_TYPE',
    ],
    ['an LRU capacity of 0', () => new LRUCache(0), RangeError, 'ERR_OUT_OF_RANGE'],
    ['no tiers', () => new TieredDatastore([]), RangeError, 'ERR_OUT_OF_RANGE'],
    [
      'a shard option that is not a function',
      () => new ShardedDatastore([new DictDatastore()], { shard: 3 as never }),
      TypeError,
      'ERR_INVALID_ARG_TYPE',
    ],
  ] as const)('gives %s a Node-style code, keeping its built-in class', (_, fn, Builtin, code) => {
    let err: unknown;
    try {
      fn();
    } catch (error) {
      err = error;
    }
    expect(err).toBeInstanceOf(Builtin);
    expect(err).toMatchObject({ code });
    expect((err as Error).message).toMatch(/^\[datastore\] /);
  });
  it('rejects put(undefined) with ERR_INVALID_ARG_VALUE', async () => {
    await expect(new DictDatastore().put('/a', undefined)).rejects.toMatchObject({
      name: 'InvalidArgValueError',
      code: 'ERR_INVALID_ARG_VALUE',
    });
  });
});
