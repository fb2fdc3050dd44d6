// InterfaceMappingDatastore: the conformance suite over a Map (no queries) plus method mapping.

import { expect, it } from 'vitest';
import { InterfaceMappingDatastore } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'InterfaceMappingDatastore',
  create: () => new InterfaceMappingDatastore(new Map(), { put: 'set' }),
  skip: { query: true, nullValue: true },
  extra: () => {
    it('passes string keys to the service', async () => {
      const map = new Map<string, unknown>();
      await new InterfaceMappingDatastore(map, { put: 'set' }).put('a/b', 1);
      expect([...map]).toEqual([['/a/b', 1]]);
    });
    it('reads a null answer as missing and maps keys with the key option', async () => {
      const calls: string[] = [];
      const client = {
        fetch: async (k: string) => (calls.push(k), null),
        store: async () => {},
        drop: async () => {},
      };
      const ds = new InterfaceMappingDatastore(client, {
        get: 'fetch',
        put: 'store',
        delete: 'drop',
        key: (k) => k.name,
      });
      expect(await ds.get('/ns/item')).toBeUndefined();
      expect(calls).toEqual(['item']);
    });
    it('refuses a service without the named method', () => {
      expect(() => new InterfaceMappingDatastore(new Map())).toThrow(
        '[datastore] [interface-mapping] service has no method "put"',
      );
    });
  },
});
