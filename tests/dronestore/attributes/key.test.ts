// KeyAttribute: coercion and the type/parent/ancestor/descendant constraints.
import { describe, expect, it } from 'vitest';
import { Key } from '@project-hub/datastore';
import { KeyAttribute } from '@project-hub/dronestore';
import { coercionTable, REFUSED } from './_table.ts';

describe('KeyAttribute', () => {
  coercionTable(new KeyAttribute(), [
    ['/Person:ana', new Key('/Person:ana')],
    ['a//b/', new Key('/a/b')],
    [new Key('/x'), new Key('/x')],
    [null, null],
    [42, REFUSED],
    [{}, REFUSED],
  ]);

  describe('with constraints', () => {
    coercionTable(new KeyAttribute({ type: 'Person' }), [
      ['/Person:ana', new Key('/Person:ana')],
      ['/Robot:r2', REFUSED],
    ]);
    coercionTable(new KeyAttribute({ parent: '/team' }), [
      ['/team/Person:ana', new Key('/team/Person:ana')],
      ['/team/sub/Person:ana', REFUSED],
    ]);
    coercionTable(new KeyAttribute({ ancestor: '/team' }), [
      ['/team/sub/Person:ana', new Key('/team/sub/Person:ana')],
      ['/team', REFUSED],
      ['/teams/x', REFUSED],
    ]);
    coercionTable(new KeyAttribute({ descendant: '/a/b/c' }), [
      ['/a', new Key('/a')],
      ['/a/b', new Key('/a/b')],
      ['/a/b/c', REFUSED],
      ['/x', REFUSED],
    ]);
  });

  it('says which constraint failed', () => {
    expect(() => new KeyAttribute({ type: 'Person' }).coerce('/Robot:r2', 'Team.lead')).toThrow(
      '[dronestore] [Team.lead] cannot use "/Robot:r2" as a key: its type must be Person',
    );
  });

  it('stores the key as its string', () => {
    expect(new KeyAttribute().toData(new Key('/a/b'))).toBe('/a/b');
  });
});
