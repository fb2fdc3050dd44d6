import { describe, expect, it } from 'vitest';
import { findMentions, mentions, tokenizeInline } from '@project-hub/texchat';

describe('tokenizeInline', () => {
  it('marks mentions and links and keeps the rest as text', () => {
    expect(tokenizeInline('hi @Emmy, see https://a.org/x.')).toEqual([
      { kind: 'text', text: 'hi ' },
      { kind: 'mention', name: 'Emmy', text: '@Emmy' },
      { kind: 'text', text: ', see ' },
      { kind: 'link', href: 'https://a.org/x', text: 'https://a.org/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps http and https links exactly as typed', () => {
    const links = tokenizeInline('http://Example.com/A?b=1&c=2#d and HTTPS://x.y').filter(
      (t) => t.kind === 'link',
    );
    expect(links.map((t) => t.kind === 'link' && t.href)).toEqual([
      'http://Example.com/A?b=1&c=2#d',
      'HTTPS://x.y',
    ]);
  });

  it('never makes a link of other schemes', () => {
    const input = 'javascript:alert(1) data:text/html,x ftp://x.y mailto:a@b.c';
    expect(tokenizeInline(input)).toEqual([{ kind: 'text', text: input }]);
  });

  it('keeps balanced parentheses in a URL and drops an unbalanced closing one', () => {
    const tokens = tokenizeInline('(see https://en.wikipedia.org/wiki/Pi_(letter))');
    expect(tokens).toContainEqual({
      kind: 'link',
      href: 'https://en.wikipedia.org/wiki/Pi_(letter)',
      text: 'https://en.wikipedia.org/wiki/Pi_(letter)',
    });
    expect(tokens[tokens.length - 1]).toEqual({ kind: 'text', text: ')' });
  });

  it('stops a URL at a quote or angle bracket', () => {
    expect(tokenizeInline('<https://a.b/"onmouseover=x>')[1]).toEqual({
      kind: 'link',
      href: 'https://a.b/',
      text: 'https://a.b/',
    });
  });

  it('ignores a bare scheme with nothing after it', () => {
    expect(tokenizeInline('https://')).toEqual([{ kind: 'text', text: 'https://' }]);
  });

  it('does not read mail addresses as mentions', () => {
    expect(tokenizeInline('mail ada@example.org')).toEqual([
      { kind: 'text', text: 'mail ada@example.org' },
    ]);
  });

  it('reads hyphenated names and stops at trailing punctuation', () => {
    expect(tokenizeInline('@Chien-Shiung!')).toEqual([
      { kind: 'mention', name: 'Chien-Shiung', text: '@Chien-Shiung' },
      { kind: 'text', text: '!' },
    ]);
  });
});

describe('findMentions', () => {
  it('lists each mentioned name once, in order', () => {
    expect(findMentions('@Ada and @Emmy and @Ada')).toEqual(['Ada', 'Emmy']);
  });

  it('tells whether a name is mentioned, ignoring case', () => {
    expect(mentions('thanks @emmy', 'Emmy')).toBe(true);
    expect(mentions('thanks @Emmylou', 'Emmy')).toBe(false);
  });
});
