// Serializers: json, prettyJson, identity, stack, mapSerializer and isSerializer.

import { describe, expect, it } from 'vitest';
import {
  SerializationError,
  identity,
  isSerializer,
  json,
  mapSerializer,
  prettyJson,
  stack,
  type Serializer,
} from '@project-hub/datastore';

describe('serializers', () => {
  it('json round-trips JSON values compactly', () => {
    const value = { a: [1, 'x', null], b: { c: true } };
    expect(json.dumps(value)).toBe('{"a":[1,"x",null],"b":{"c":true}}');
    expect(json.loads(json.dumps(value))).toEqual(value);
  });
  it('json refuses what JSON cannot hold, with a SerializationError', () => {
    expect(() => json.dumps(1n)).toThrow(SerializationError);
    expect(() => json.dumps(undefined)).toThrow(
      '[datastore] [json] cannot serialise a undefined as JSON',
    );
    expect(() => json.loads('{')).toThrow(SerializationError);
  });
  it('prettyJson sorts keys at every depth and indents by two spaces', () => {
    expect(prettyJson.dumps({ b: 1, a: { d: 2, c: [3] } })).toBe(
      '{\n  "a": {\n    "c": [\n      3\n    ],\n    "d": 2\n  },\n  "b": 1\n}',
    );
    expect(prettyJson.loads('{"a":1}')).toEqual({ a: 1 });
  });
  it('Regression: prettyJson sorts integer-like keys and class instances too', () => {
    expect(prettyJson.dumps({ b: 1, 10: 2, 2: 3 })).toBe('{\n  "10": 2,\n  "2": 3,\n  "b": 1\n}');
    class Point {
      z = 1;
      a = { y: 2, x: new Date(0) };
    }
    expect(prettyJson.dumps([new Point()])).toBe(
      '[\n  {\n    "a": {\n      "x": "1970-01-01T00:00:00.000Z",\n      "y": 2\n    },\n    "z": 1\n  }\n]',
    );
    expect(prettyJson.dumps({ e: [], f: {}, g: [undefined], h: undefined })).toBe(
      '{\n  "e": [],\n  "f": {},\n  "g": [\n    null\n  ]\n}',
    );
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => prettyJson.dumps(loop)).toThrow(SerializationError);
    expect(() => prettyJson.dumps({ n: 1n })).toThrow(SerializationError);
  });
  it('identity passes values through', () => {
    const v = { a: 1 };
    expect([identity.dumps(v), identity.loads(v)]).toEqual([v, v]);
  });
  it('mapSerializer wraps anything but plain objects', () => {
    for (const v of [[1], null, 3, 'x', true]) {
      expect(mapSerializer.dumps(v)).toEqual({ '@wrapped': v });
      expect(mapSerializer.loads(mapSerializer.dumps(v))).toEqual(v);
    }
    expect(mapSerializer.dumps({ a: 1 })).toEqual({ a: 1 });
  });
  it('Regression: mapSerializer round-trips a plain object that looks wrapped', () => {
    const v = { '@wrapped': 5 };
    expect(mapSerializer.dumps(v)).toEqual({ '@wrapped': v });
    expect(mapSerializer.loads(mapSerializer.dumps(v))).toEqual(v);
  });
  it('stack dumps in order and loads in reverse', () => {
    const log: string[] = [];
    const tag = (name: string): Serializer<unknown, unknown> => ({
      dumps: (v) => (log.push(`dumps ${name}`), v),
      loads: (v) => (log.push(`loads ${name}`), v),
    });
    const s = stack([tag('a'), tag('b')]);
    s.loads(s.dumps(1));
    expect(log).toEqual(['dumps a', 'dumps b', 'loads b', 'loads a']);
    expect(stack([mapSerializer, json]).dumps(1)).toBe('{"@wrapped":1}');
    expect(() => stack([{}] as never)).toThrow(TypeError);
  });
  it('isSerializer checks for callable loads and dumps', () => {
    expect([
      isSerializer(json),
      isSerializer({ loads: 1, dumps: () => 1 }),
      isSerializer(null),
    ]).toEqual([true, false, false]);
  });
});
