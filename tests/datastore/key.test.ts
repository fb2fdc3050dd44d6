// Key: normalisation, parts, relations, ordering, hashing and printing, with property-based invariants.

import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InvalidArgValueError, Key } from '@project-hub/datastore';

const k = (s: string) => new Key(s);
const segment = fc.stringMatching(/^[A-Za-z0-9_.:é-]{1,8}$/);
const anyKey = fc.array(segment, { maxLength: 5 }).map((parts) => new Key(parts));

// FNV-1a 32 over UTF-8, written independently of the library.
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

describe('Key', () => {
  it('normalises slashes', () => {
    expect(['', '/', '////'].map((s) => String(k(s)))).toEqual(['/', '/', '/']);
    expect(['a/b/', '/a//b', 'a/b'].map((s) => String(k(s)))).toEqual(['/a/b', '/a/b', '/a/b']);
    expect(String(k('/./..'))).toBe('/./..');
  });
  it('builds from an array of segments or another Key', () => {
    expect(String(new Key(['Comedy', 'MontyPython']))).toBe('/Comedy/MontyPython');
    expect(String(new Key(k('/a')))).toBe('/a');
  });
  it('refuses anything else with a TypeError', () => {
    expect(() => new Key(3 as never)).toThrow(
      '[datastore] Key expects a string, an array of strings or a Key, got number 3',
    );
    expect(() => new Key(3 as never)).toThrow(TypeError);
    expect(() => new Key([1] as never)).toThrow(
      '[datastore] Key segments must be strings, got number 1',
    );
  });
  it('reads name and type from the last segment', () => {
    const sketch = k('/Comedy/MontyPython/Sketch:CheeseShop');
    expect([sketch.name, sketch.type]).toEqual(['CheeseShop', 'Sketch']);
    expect([k('/a:b:c').type, k('/a:b:c').name]).toEqual(['a', 'c']);
    expect([k('/a:').type, k('/a:').name]).toEqual(['a', '']);
    expect([k('/plain').type, k('/plain').name, k('/').name]).toEqual(['', 'plain', '']);
  });
  it('gives parent, path, reverse and namespaces', () => {
    expect(String(k('/a/b/c').parent)).toBe('/a/b');
    expect([String(k('/a').parent), String(k('/').parent)]).toEqual(['/', '/']);
    expect(String(k('/Comedy/MontyPython/Sketch:CheeseShop').path)).toBe(
      '/Comedy/MontyPython/Sketch',
    );
    expect(String(k('/a/b').path)).toBe('/a');
    expect([String(k('/users:bob').path), String(k('/a/:x').path), String(k('/').path)]).toEqual([
      '/users',
      '/a',
      '/',
    ]);
    expect(String(k('/a/b/c').reverse)).toBe('/c/b/a');
    expect([k('/a/b').namespaces, k('/').namespaces]).toEqual([['a', 'b'], []]);
  });
  it('appends children and instances', () => {
    expect(String(k('/a').child('b/c'))).toBe('/a/b/c');
    expect(String(k('/a').child(k('/b')))).toBe('/a/b');
    expect(k('/a').child('').equals('/a')).toBe(true);
    expect(String(k('/').child('x'))).toBe('/x');
    expect(String(k('/Comedy/Actor').instance('JohnCleese'))).toBe('/Comedy/Actor:JohnCleese');
    expect(String(k('/').instance('x'))).toBe('/:x');
  });
  it('refuses an instance name containing a slash', () => {
    expect(() => k('/a').instance('b/c')).toThrow(InvalidArgValueError);
    expect(() => k('/a').instance('b/c')).toThrow(
      `[datastore] Key.instance: name "b/c" must not contain '/'`,
    );
  });
  it('tells ancestors and descendants by whole segments', () => {
    expect(k('/a').isAncestorOf(k('/a/b'))).toBe(true);
    expect(k('/a').isAncestorOf(k('/ab'))).toBe(false);
    expect(k('/a').isAncestorOf(k('/a'))).toBe(false);
    expect(k('/a/b/c').isDescendantOf(k('/a'))).toBe(true);
    expect(() => k('/a').isAncestorOf('/a/b' as never)).toThrow(TypeError);
  });
  it('Regression: the root key is an ancestor of every other key', () => {
    expect([
      k('/').isAncestorOf(k('/a')),
      k('/').isAncestorOf(k('/a/b')),
      k('/').isAncestorOf(k('/')),
    ]).toEqual([true, true, false]);
    expect(k('/a').isDescendantOf(k('/'))).toBe(true);
  });
  it('Regression: isTopLevel is true exactly for one-segment keys', () => {
    expect(['/a', '/', '/a/b', '/a:b'].map((s) => k(s).isTopLevel())).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
  it('compares and equals Keys or strings', () => {
    expect(Key.compare('/A', '/a')).toBe(-1);
    expect(Key.compare(k('/a'), 'a/b')).toBe(-1);
    expect(Key.compare('/b', '/a')).toBe(1);
    expect(Key.compare('a', k('/a'))).toBe(0);
    expect(k('/a/b').equals('a/b/')).toBe(true);
  });
  it('Regression: equals answers false for anything that is not a Key or a string', () => {
    for (const other of [undefined, null, 1, {}, ['a']])
      expect(k('/a').equals(other as never)).toBe(false);
  });
  it('prints as its path, in JSON, and as Key(…) in Node', () => {
    expect(`${k('hello')}`).toBe('/hello');
    expect(JSON.stringify({ key: k('/a') })).toBe('{"key":"/a"}');
    expect(inspect(k('/hello'))).toBe("Key('/hello')");
  });
  it('hashes to pinned unsigned 32-bit values', () => {
    expect(
      ['/', '/a', '/hello', '/Comedy/MontyPython/Actor:JohnCleese', '/é/😀'].map((s) =>
        k(s).hash(),
      ),
    ).toEqual([705468254, 1892816941, 4088401502, 1857493851, 3310515118]);
  });
  it('makes random keys of 32 hex characters', () => {
    const [a, b] = [Key.random(), Key.random()];
    expect(String(a)).toMatch(/^\/[0-9a-f]{32}$/);
    expect(a.equals(b)).toBe(false);
  });
  describe('invariants (property-based)', () => {
    it('round-trips through its string', () => {
      fc.assert(fc.property(anyKey, (key) => new Key(String(key)).equals(key)));
    });
    it('normalises idempotently', () => {
      fc.assert(
        fc.property(fc.string(), (s) => String(new Key(String(new Key(s)))) === String(new Key(s))),
      );
    });
    it('has itself as the parent of each child', () => {
      fc.assert(
        fc.property(anyKey, segment, (key, name) => {
          const child = key.child(name);
          return child.parent.equals(key) && key.isAncestorOf(child) && child.isDescendantOf(key);
        }),
      );
    });
    it('hashes stably as FNV-1a over UTF-8', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme' }),
          (s) => new Key(s).hash() === fnv(String(new Key(s))),
        ),
      );
    });
    it('sorts a parent before its children', () => {
      fc.assert(fc.property(anyKey, segment, (key, name) => Key.compare(key, key.child(name)) < 0));
    });
  });
});
