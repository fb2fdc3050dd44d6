import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeUrl } from '../../src/demos/texchat/sanitize.ts';

describe('isSafeUrl', () => {
  it('accepts http, https and mailto URLs, in any case', () => {
    for (const url of [
      'http://a.org',
      'https://a.org/x?y#z',
      'HTTPS://A.ORG',
      'mailto:ada@example.org',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses other schemes and relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example',
      '/x',
      '#mjx-eqn-1',
      'vbscript:x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });

  it('refuses URLs with characters a browser would strip, which could hide a scheme', () => {
    for (const url of [
      'java\nscript:alert(1)',
      ' https://a.org',
      'https://a.org/\tx',
      'https://a.org/\u0000',
    ]) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('safeUrl', () => {
  it('trims the spaces a browser would trim around a safe URL, as in \\href{ http://ok }', () => {
    expect(safeUrl(' http://ok ')).toBe('http://ok');
    expect(safeUrl('\thttps://a.org/x\n')).toBe('https://a.org/x');
    expect(safeUrl('mailto:ada@example.org')).toBe('mailto:ada@example.org');
  });

  it('still refuses unsafe schemes, with or without spaces and in any case', () => {
    for (const url of [
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      ' //evil.example',
      'java\nscript:alert(1)',
      'https://a.org/ x',
      '   ',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
  });
});
