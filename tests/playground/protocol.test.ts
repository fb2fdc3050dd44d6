// Tests of the message guards both sides of the worker boundary use instead of casts.
import { describe, expect, it } from 'vitest';
import {
  isCompileReply,
  isCompileRequest,
  isRunRequest,
  isWorkerMessage,
} from '../../src/playground/protocol';

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
  it('accepts the four worker message types with all their fields', () => {
    expect(isWorkerMessage({ type: 'started', id: 1 })).toBe(true);
    expect(isWorkerMessage({ type: 'done', id: 1 })).toBe(true);
    expect(isWorkerMessage({ type: 'log', id: 1, entry: { level: 'note', text: 'x' } })).toBe(true);
    const error = { type: 'error', id: 1, name: 'E', message: 'm', stack: '', phase: 'runtime' };
    expect(isWorkerMessage({ ...error, line: 2, thrownValue: true })).toBe(true);
  });

  it('rejects a message with a missing, mistyped or over-long field', () => {
    for (const data of [
      { type: 'log', id: 1, entry: null },
      { type: 'log', id: 1, entry: { level: 'log' } },
      { type: 'log', id: 1.5, entry: { level: 'log', text: '' } },
      { type: 'error', id: 1, name: 'E', message: 'm', stack: '', phase: 'later' },
      { type: 'error', id: 1, name: 'E', message: 'm', stack: '', phase: 'runtime', line: '2' },
    ]) {
      expect(isWorkerMessage(data), JSON.stringify(data)).toBe(false);
    }
    expect(isWorkerMessage({ type: 'log', id: 1, entry: { level: 'log', text: 'abc' } }, 2)).toBe(
      false,
    );
  });

  it('rejects unknown types and messages without an id', () => {
    expect(isWorkerMessage({ type: 'run', id: 1 })).toBe(false);
    expect(isWorkerMessage({ type: 'done' })).toBe(false);
    expect(isWorkerMessage(undefined)).toBe(false);
  });
});

describe('the compiler messages', () => {
  it('accept a compile request and both kinds of reply', () => {
    expect(isCompileRequest({ type: 'compile', code: 'x', setup: '', lang: 'js' })).toBe(true);
    expect(isCompileReply({ type: 'compiled', result: { ok: true, js: 'x' } })).toBe(true);
    const error = { name: 'SyntaxError', message: 'm', stack: '', phase: 'syntax', line: 2 };
    expect(isCompileReply({ type: 'compiled', result: { ok: false, error } })).toBe(true);
  });

  it('reject anything else', () => {
    for (const data of [
      { type: 'compile', code: 'x', setup: '' },
      { type: 'compile', code: 1, setup: '', lang: 'ts' },
      { type: 'run', id: 1, code: 'x', setup: '', lang: 'ts' },
    ])
      expect(isCompileRequest(data), JSON.stringify(data)).toBe(false);
    for (const data of [
      { type: 'compiled' },
      { type: 'compiled', result: { ok: true } },
      { type: 'compiled', result: { ok: 'yes', js: 'x' } },
      { type: 'compiled', result: { ok: false, error: { name: 'E' } } },
      { type: 'done', id: 1 },
    ])
      expect(isCompileReply(data), JSON.stringify(data)).toBe(false);
  });
});
