// Versions: pinned hash, equal content gives equal hashes, JSON round trip, immutability.
import { describe, expect, it } from 'vitest';
import { Version, VersionError, BLANK_HASH } from '@project-hub/dronestore';
import { manualClock, MyModel } from './_fixtures.ts';

function helloVersion(replica = 'laptop'): Version {
  const foo = new MyModel('FooBar', { clock: manualClock(replica) });
  foo.first = 'Hello';
  return foo.commit();
}

describe('Version', () => {
  it('has a pinned hash, the same on every run and machine', () => {
    // SHA-1 of {"attributes":{"first":{"replica":"laptop","updated":1,"value":"Hello"},
    // "second":{"value":null}},"key":"/MyModel:FooBar","type":"MyModel"}
    expect(helloVersion().hash).toBe('000cd700725935cc46aaaf561fc3c65d8b3dd648');
  });

  it('has equal hashes for equal content, whatever the times', () => {
    const a = helloVersion();
    const clock = manualClock('laptop', 0);
    const b = new MyModel('FooBar', { clock });
    clock.wallMs = 0;
    b.first = 'Hello';
    clock.wallMs = 99_999; // a later commit time does not change the hash
    expect(b.commit().hash).toBe(a.hash);
    expect(b.version.committed).not.toBe(a.committed);
  });

  it('has different hashes for different content', () => {
    expect(helloVersion('laptop').hash).not.toBe(helloVersion('phone').hash);
  });

  it('round-trips through JSON without loss', () => {
    const version = helloVersion();
    const json = JSON.parse(JSON.stringify(version));
    const back = Version.fromJSON(json);
    expect(back.toJSON()).toEqual(version.toJSON());
    expect(back.key.equals(version.key)).toBe(true);
    expect(back.committed).toBe(version.committed);
  });

  it('writes stamps beyond 2^53 as strings and reads them back', () => {
    const version = Version.create({
      key: '/A:x',
      type: 'A',
      created: 2n ** 60n,
      committed: 2n ** 60n + 1n,
      attributes: { n: { value: 1, updated: '1152921504606846977' } },
    });
    const json = JSON.parse(JSON.stringify(version));
    expect(json.created).toBe('1152921504606846976');
    expect(Version.fromJSON(json).committed).toBe(2n ** 60n + 1n);
  });

  it('is immutable, attribute data included', () => {
    const version = helloVersion();
    expect(Object.isFrozen(version)).toBe(true);
    expect(Object.isFrozen(version.attributes['first'])).toBe(true);
    expect(() => {
      (version as { hash: string }).hash = 'x';
    }).toThrow(TypeError);
  });

  it('refuses data whose hash does not match its content', () => {
    const json = helloVersion().toJSON();
    json.attributes['first'] = { value: 'Tampered', updated: 1, replica: 'laptop' };
    expect(() => Version.fromJSON(json)).toThrow(VersionError);
    expect(() => Version.fromJSON(json)).toThrow(/hash .* but its content hashes to/);
  });

  it('refuses malformed data', () => {
    const good = helloVersion().toJSON();
    for (const bad of [
      null,
      [],
      { ...good, hash: 'abc' },
      { ...good, key: 1 },
      { ...good, created: -1 },
    ]) {
      expect(() => Version.fromJSON(bad)).toThrow(VersionError);
    }
    expect(() => Version.fromJSON({ ...good, attributes: { first: 'Hello' } })).toThrow(
      expect.objectContaining({ code: 'ERR_VERSION' }),
    );
  });

  it('refuses attribute data that is not JSON with a VersionError, not a bare TypeError', () => {
    const good = helloVersion().toJSON();
    for (const value of [Number.NaN, { at: new Date(0) }, [undefined]]) {
      const bad = { ...good, attributes: { ...good.attributes, first: { value } } };
      expect(() => Version.fromJSON(bad)).toThrow(VersionError);
    }
  });

  it('has a blank version with hash and parent of 40 zeros', () => {
    const blank = Version.blank('/A:x', 'A');
    expect([blank.hash, blank.parent, blank.isBlank]).toEqual([BLANK_HASH, BLANK_HASH, true]);
    expect(Version.fromJSON(blank.toJSON()).isBlank).toBe(true);
  });
});
