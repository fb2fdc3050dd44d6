// Reads markdown-it-style fixture files: a title line, then `.`-fenced input and expected HTML.
import { readFileSync } from 'node:fs';

export interface Fixture {
  title: string;
  input: string;
  expected: string;
  line: number;
}

/** Parses `title\n.\ninput\n.\nexpected\n.\n` blocks separated by blank lines. */
export function readFixtures(path: string): Fixture[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const fixtures: Fixture[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '.') continue;
    const title = lines[i - 1]?.trim() || `fixture at line ${i + 1}`;
    const inputEnd = lines.indexOf('.', i + 1);
    const expectedEnd = lines.indexOf('.', inputEnd + 1);
    if (inputEnd < 0 || expectedEnd < 0) throw new Error(`${path}:${i + 1}: unterminated fixture`);
    fixtures.push({
      title,
      input: lines.slice(i + 1, inputEnd).join('\n') + '\n',
      expected: lines.slice(inputEnd + 1, expectedEnd).join('\n') + '\n',
      line: i + 1,
    });
    i = expectedEnd;
  }
  return fixtures;
}
