import { describe, expect, it } from 'vitest';
import { DraftHistory, MAX_DRAFT_HISTORY } from '../../src/demos/texchat/draft-history.ts';

describe('DraftHistory', () => {
  it('walks back through sent messages and forward to the unsent draft', () => {
    const history = new DraftHistory();
    history.record('first');
    history.record('second');
    expect(history.up('my draft')).toBe('second');
    expect(history.walking).toBe(true);
    expect(history.up('second')).toBe('first');
    expect(history.up('first')).toBeUndefined();
    expect(history.down()).toBe('second');
    expect(history.down()).toBe('my draft');
    expect(history.walking).toBe(false);
    expect(history.down()).toBeUndefined();
  });

  it('does nothing when nothing was sent', () => {
    const history = new DraftHistory();
    expect(history.up('draft')).toBeUndefined();
    expect(history.down()).toBeUndefined();
  });

  it('does not repeat a message sent twice in a row, and forgets the oldest past the bound', () => {
    const history = new DraftHistory();
    history.record('same');
    history.record('same');
    expect(history.up('')).toBe('same');
    expect(history.up('same')).toBeUndefined();
    for (let i = 0; i < MAX_DRAFT_HISTORY + 5; i++) history.record(`m${i}`);
    let oldest = '';
    for (let text = history.up(''); text !== undefined; text = history.up(text)) oldest = text;
    expect(oldest).toBe('m5');
  });

  it('starts from an empty draft after sending', () => {
    const history = new DraftHistory();
    history.record('one');
    history.up('unsent');
    history.record('two');
    expect(history.up('')).toBe('two');
    expect(history.down()).toBe('');
  });
});

describe('DraftHistory after an edit', () => {
  it('keeps an edited recalled message as the draft instead of throwing it away on Down', () => {
    const history = new DraftHistory();
    history.record('first');
    history.record('second');
    expect(history.up('old draft')).toBe('second');
    history.edited(); // the reader changed "second" into "second, edited"
    expect(history.walking).toBe(false);
    expect(history.down()).toBeUndefined();
    expect(history.up('second, edited')).toBe('second');
    expect(history.up('second')).toBe('first');
    expect(history.down()).toBe('second');
    expect(history.down()).toBe('second, edited');
  });
});
