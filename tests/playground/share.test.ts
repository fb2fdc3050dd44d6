import { describe, expect, it } from 'vitest';
import {
  MAX_FRAGMENT_CHARS,
  ShareError,
  decodeShare,
  encodeShare,
  fingerprint,
  isShareFragment,
} from '../../src/playground/share.ts';

describe('share links', () => {
  it('carry code, setup and language through the fragment', async () => {
    const shared = {
      index: 2,
      code: "console.log('héllo 😀');",
      setup: 'const a = 1;',
      lang: 'js' as const,
      of: fingerprint('original code'),
    };
    const fragment = await encodeShare(shared);
    expect(isShareFragment(fragment)).toBe(true);
    expect(fragment).toMatch(/^#share=2\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(fragment)).toEqual(shared);
  });

  it('name the original example by a fingerprint that changes with its code', () => {
    expect(fingerprint('console.log(1);')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('console.log(1);')).toBe(fingerprint('console.log(1);'));
    expect(fingerprint('console.log(1);')).not.toBe(fingerprint('console.log(2);'));
    expect(fingerprint('')).toBe('811c9dc5');
  });

  it('compress repetitive code well below its size', async () => {
    const code = "console.log('same line');\n".repeat(500);
    expect((await encodeShare({ index: 0, code })).length).toBeLessThan(code.length / 20);
  });

  it('refuse code whose link would be too long', async () => {
    const random = Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(
      '',
    );
    await expect(encodeShare({ index: 0, code: random })).rejects.toThrow(ShareError);
  });

  it.each([
    ['not base64', '#share=0.%%%'],
    ['no index', '#share=abc'],
    ['not deflate data', '#share=0.aGVsbG8gd29ybGQ'],
    ['too long', `#share=0.${'A'.repeat(MAX_FRAGMENT_CHARS)}`],
  ])('reject a malformed fragment (%s) with a ShareError', async (_name, hash) => {
    await expect(decodeShare(hash)).rejects.toBeInstanceOf(ShareError);
  });

  it('stop inflating a bomb at the size limit', async () => {
    // 10 MB of zeros deflate to about 10 KB; the reader stops after 64 KB of output.
    const bomb = new Blob([new Uint8Array(10 * 1024 * 1024)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(bomb).arrayBuffer());
    const hash = `#share=0.${Buffer.from(bytes).toString('base64url')}`;
    expect(hash.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    await expect(decodeShare(hash)).rejects.toThrow(/too large/);
  });

  it.each([
    ['code that is not text', { code: 42 }],
    ['a fingerprint that is not 8 hex digits', { code: 'x', of: '<img>' }],
    ['an unknown language', { code: 'x', lang: 'python' }],
  ])('reject content of the wrong shape (%s)', async (_name, content) => {
    const bytes = new Uint8Array(
      await new Response(
        new Blob([JSON.stringify(content)])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    await expect(
      decodeShare(`#share=0.${Buffer.from(bytes).toString('base64url')}`),
    ).rejects.toThrow(/unexpected content/);
  });
});
