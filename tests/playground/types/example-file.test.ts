// Positions between the editor (visible code) and the type service's file (setup + code + marker).
import { describe, expect, it } from 'vitest';
import { ExampleFile } from '../../../src/playground/types/example-file.ts';
import { MODULE_MARKER } from '../../../src/playground/types/compiler-options.ts';

describe('ExampleFile', () => {
  const file = new ExampleFile('/examples/a.ts', 'const ds = 1;');
  const text = file.serviceText('ds + 1;');

  it('puts the hidden setup first, on its own line, and the module marker last', () => {
    expect(text).toBe(`const ds = 1;\nds + 1;${MODULE_MARKER}`);
  });

  it('moves positions across the setup, both ways', () => {
    expect(file.toService(0)).toBe(14);
    expect(file.toVisible(14)).toBe(0);
    expect(file.toVisible(3)).toBe(0); // inside the setup: the start of the visible code
    expect(file.toVisible(text.length)).toBe(7); // inside the marker: its end
  });

  it('reports only ranges that start in the visible code, cut to its end', () => {
    expect(file.toVisibleRange(14, 16)).toEqual({ from: 0, to: 2 });
    expect(file.toVisibleRange(6, 8)).toBeUndefined(); // in the setup
    expect(file.toVisibleRange(23, 30)).toBeUndefined(); // in the marker
    expect(file.toVisibleRange(20, 40)).toEqual({ from: 6, to: 7 });
  });

  it('has no offset without setup', () => {
    const plain = new ExampleFile('/examples/b.ts', undefined);
    expect(plain.serviceText('x')).toBe(`x${MODULE_MARKER}`);
    expect(plain.toService(1)).toBe(1);
  });
});
