// SerializerShimDatastore: the conformance suite through JSON plus round trips and lazy parsing.

import { expect, it } from 'vitest';
import {
  DictDatastore,
  Query,
  SerializationError,
  SerializerShimDatastore,
  mapSerializer,
  prettyJson,
  stack,
  json,
} from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'SerializerShimDatastore',
  create: () => new SerializerShimDatastore(new DictDatastore<string>()),
  model: true,
  extra: () => {
    it('stores JSON text in the child by default', async () => {
      const child = new DictDatastore<string>();
      await new SerializerShimDatastore(child).put('/a', { b: [1, 2] });
      expect(await child.get('/a')).toBe('{"b":[1,2]}');
    });
    it('round-trips through prettyJson and a stack of serializers', async () => {
      const child = new DictDatastore<unknown>();
      const ds = new SerializerShimDatastore(child, {
        serializer: stack([mapSerializer, prettyJson]),
      });
      await ds.put('/a', 5);
      expect(await child.get('/a')).toBe('{\n  "@wrapped": 5\n}');
      expect(await ds.get('/a')).toBe(5);
    });
    it('parses query results lazily, one per value read', async () => {
      let loads = 0;
      const counting = { dumps: json.dumps, loads: (s: string) => (loads++, json.loads(s)) };
      const ds = new SerializerShimDatastore(new DictDatastore<string>(), { serializer: counting });
      for (const k of ['/c/a', '/c/b', '/c/c']) await ds.put(k, { k });
      const cursor = await ds.query(new Query('/c'));
      const it = cursor[Symbol.asyncIterator]();
      await it.next();
      expect(loads).toBe(1);
    });
    it('Regression: wraps a serialisation failure with the key and the cause', async () => {
      const child = new DictDatastore<string>();
      const err = await new SerializerShimDatastore(child).put('/big', 1n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SerializationError);
      expect((err as Error).message).toBe(
        '[datastore] [serializer] cannot serialise the value for /big',
      );
      expect((err as Error).cause).toBeInstanceOf(SerializationError);
      expect(child.size).toBe(0);
    });
    it('refuses a child that is not a store', () => {
      expect(() => new SerializerShimDatastore({} as never)).toThrow(TypeError);
    });
    it('wraps a parse failure with the key and the cause', async () => {
      const child = new DictDatastore<string>();
      await child.put('/bad', '{oops');
      const err = await new SerializerShimDatastore(child).get('/bad').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SerializationError);
      expect((err as Error).message).toBe(
        '[datastore] [serializer] cannot parse the value at /bad',
      );
      expect((err as Error).cause).toBeInstanceOf(SerializationError);
    });
  },
});
