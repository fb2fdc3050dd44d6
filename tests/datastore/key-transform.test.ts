// KeyTransformDatastore: the conformance suite through a reversible transform, plus one-way transforms.

import { expect, it } from 'vitest';
import { DictDatastore, Key, KeyTransformDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

// Prefixing keeps collections intact, so queries stay meaningful through the transform.
const prefixed = (child = new DictDatastore()) =>
  new KeyTransformDatastore(child, {
    transform: (k) => new Key('/t').child(k),
    invert: (k) => k.toString().slice(2),
  });

testStore({
  name: 'KeyTransformDatastore',
  create: () => prefixed(),
  extra: () => {
    it('stores values under the transformed key', async () => {
      const child = new DictDatastore();
      await prefixed(child).put('/a/b', 1);
      expect(await child.get('/t/a/b')).toBe(1);
    });
    it('leaves lastKey undefined for a one-way transform', async () => {
      const child = new DictDatastore();
      const ds = new KeyTransformDatastore(child, { transform: (k) => new Key('/t').child(k) });
      await ds.put('/c/a', 1);
      const cursor = await ds.query(new Query('/c'));
      expect(await cursor.toArray()).toEqual([1]);
      expect(cursor.lastKey).toBeUndefined();
    });
    it('refuses a missing transform', () => {
      expect(() => new KeyTransformDatastore(new DictDatastore(), {} as never)).toThrow(
        '[datastore] [key-transform] option transform must be a function, got undefined undefined',
      );
    });
  },
});
