// Tests of the message guards both sides of the worker boundary use instead of casts.
import { describe, expect, it } from 'vitest';
import { isRunRequest, isWorkerMessage } from '../../src/playground/protocol';

describe('isRunRequest', () => {
  it('accepts a run request', () => {
    expect(isRunRequest({ type: 'run', id: 1, code: 'x', setup: '', lang: 'ts' })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const data of [
      null,
      'run',
      {},
      { type: 'run', id: '1', code: 'x', setup: '', lang: 'ts' },
      { type: 'run', id: 1, code: 'x', setup: '', lang: 'python' },
      { type: 'run', id: 1, code: 'x' },
      { type: 'done', id: 1 },
    ]) {
      expect(isRunRequest(data), JSON.stringify(data)).toBe(false);
    }
  });
});

describe('isWorkerMessage', () => {
  it('accepts the four worker message types with an id', () => {
    for (const type of ['started', 'log', 'done', 'error'])
      expect(isWorkerMessage({ type, id: 1 })).toBe(true);
  });

  it('rejects unknown types and messages without an id', () => {
    expect(isWorkerMessage({ type: 'run', id: 1 })).toBe(false);
    expect(isWorkerMessage({ type: 'done' })).toBe(false);
    expect(isWorkerMessage(undefined)).toBe(false);
  });
});
