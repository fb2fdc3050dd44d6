// NullDatastore: stores nothing, so it runs its own short checks instead of the conformance suite.

import { describe, expect, it } from 'vitest';
import { NullDatastore, Query } from '@project-hub/datastore';

describe('NullDatastore', () => {
  it('forgets every value it is given', async () => {
    const store = new NullDatastore();
    await store.put('/a', 1);
    expect(await store.get('/a')).toBeUndefined();
    expect(await store.contains('/a')).toBe(false);
    await expect(store.delete('/a')).resolves.toBeUndefined();
  });
  it('answers every query with an empty cursor', async () => {
    const store = new NullDatastore();
    await store.put('/c/a', 1);
    expect(await (await store.query(new Query('/c'))).toArray()).toEqual([]);
  });
  it('still rejects put of undefined', async () => {
    await expect(new NullDatastore().put('/a', undefined)).rejects.toThrow(TypeError);
  });
});
