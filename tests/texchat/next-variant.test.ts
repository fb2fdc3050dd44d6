// The page's answer to a relay that refuses a nickname already used in the room.
import { describe, expect, it } from 'vitest';
import { nextVariant } from '../../src/demos/texchat/app.ts';

describe('nextVariant', () => {
  it('adds a number, counts it up, and stays within the nickname bound', () => {
    expect(nextVariant('Ada')).toBe('Ada2');
    expect(nextVariant('Ada2')).toBe('Ada3');
    expect(nextVariant('Chien-Shiung9')).toBe('Chien-Shiung10');
    expect(nextVariant('x'.repeat(32))).toBe(`${'x'.repeat(31)}2`);
  });
});
