import { describe, expect, it } from 'vitest';
import { cardPng, cardSvg, wrap } from '../../src/site/og-card.ts';

describe('the link-preview card', () => {
  it('is a 1200×630 PNG', async () => {
    const png = new Uint8Array(
      await cardPng({ title: 'datastore', tagline: 'simple, unified API' }),
    );
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('escapes the text it draws', () => {
    expect(cardSvg({ title: 'a<b', tagline: 'x & y' })).toContain('a&lt;b');
    expect(cardSvg({ title: 'a<b', tagline: 'x & y' })).toContain('x &amp; y');
  });

  it('wraps the tagline into at most three lines', () => {
    expect(wrap('distributed version control for application data', 20)).toEqual([
      'distributed version',
      'control for',
      'application data',
    ]);
  });
});
