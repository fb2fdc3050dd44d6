import { describe, expect, it } from 'vitest';
import {
  PageFrontmatterSchema,
  ProjectFrontmatterSchema,
  parseFrontmatter,
  splitFrontmatter,
} from '../../src/site/frontmatter.ts';

const FILE = 'content/datastore/index.md';
const project = {
  title: 'datastore',
  description: 'A unified API for many stores.',
  tagline: 'simple, unified API for multiple data stores',
  repository: 'https://github.com/jbenet/datastore',
  order: 1,
};

describe('splitFrontmatter', () => {
  it('separates the YAML block from the body and counts its lines', () => {
    const { data, body, bodyLineOffset } = splitFrontmatter(
      '---\ntitle: A\ndescription: B\n---\nHello\n',
      FILE,
    );
    expect(data).toEqual({ title: 'A', description: 'B' });
    expect(body).toBe('Hello\n');
    expect(bodyLineOffset).toBe(4);
  });

  it('names the file when the frontmatter is missing', () => {
    expect(() => splitFrontmatter('# Hello\n', FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/datastore/index.md:1: missing frontmatter
      Hint: start the file with a \`---\` block holding at least \`title:\` and \`description:\`, closed by \`---\`]
    `);
  });

  it('names the file and the line of a YAML syntax error', () => {
    expect(() =>
      splitFrontmatter('---\ntitle: A\ndescription: [unclosed\n---\nbody\n', FILE),
    ).toThrow(/^content\/datastore\/index\.md:\d+: invalid YAML in frontmatter/);
  });

  // Regression (issue 12): the message said "at line 2" (of the YAML) while the file line was 3.
  it('gives one line number for a YAML error, the line of the file', () => {
    expect(() => splitFrontmatter('---\ntitle: A\ndescription: x: y\n---\nbody\n', FILE))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/datastore/index.md:3: invalid YAML in frontmatter: Nested mappings are not allowed in compact mappings
      Hint: fix the YAML syntax (quote values that contain \`:\` or \`#\`)]
    `);
  });
});

describe('parseFrontmatter', () => {
  it('accepts a complete project index page', () => {
    expect(parseFrontmatter(ProjectFrontmatterSchema, project, FILE)).toEqual(project);
  });

  it('names the file and the missing field', () => {
    const { tagline: _, ...withoutTagline } = project;
    expect(() => parseFrontmatter(ProjectFrontmatterSchema, withoutTagline, FILE)).toThrow(
      'content/datastore/index.md: invalid frontmatter: field `tagline` is required',
    );
  });

  it('names a field of the wrong type', () => {
    expect(() =>
      parseFrontmatter(ProjectFrontmatterSchema, { ...project, order: 'first' }, FILE),
    ).toThrow(/field `order` must be number, not string/);
  });

  it('rejects a repository that is not a URL', () => {
    expect(() =>
      parseFrontmatter(
        ProjectFrontmatterSchema,
        { ...project, repository: 'jbenet/datastore' },
        FILE,
      ),
    ).toThrow(/field `repository` must be a URL/);
  });

  it('rejects unknown fields, which are usually typos', () => {
    expect(() =>
      parseFrontmatter(PageFrontmatterSchema, { title: 'A', descripton: 'B' }, 'content/a.md'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/a.md: invalid frontmatter: field \`description\` is required; unknown field \`descripton\`
      Hint: a page needs \`title\` and \`description\` (text) and may have \`order\` (a whole number)]
    `);
  });

  it('rejects an empty title', () => {
    expect(() =>
      parseFrontmatter(PageFrontmatterSchema, { title: '  ', description: 'B' }, FILE),
    ).toThrow(/field `title` must not be empty/);
  });
});

// Regression (issue 12): field errors named the file but no line.
describe('parseFrontmatter with the lines of splitFrontmatter', () => {
  const check =
    (source: string, schema = PageFrontmatterSchema) =>
    () => {
      const { data, fieldLine } = splitFrontmatter(source, 'content/a.md');
      parseFrontmatter(schema, data, 'content/a.md', fieldLine);
    };

  it('points at the line of a field with a bad value', () => {
    expect(check('---\ntitle: A\ndescription: B\norder: first\n---\n'))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/a.md:4: invalid frontmatter: field \`order\` must be number, not string
      Hint: a page needs \`title\` and \`description\` (text) and may have \`order\` (a whole number)]
    `);
  });

  it('points at the key of an unknown field', () => {
    expect(check('---\ntitle: A\ndescription: B\n\nsumary: typo\n---\n'))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/a.md:5: invalid frontmatter: unknown field \`sumary\`
      Hint: a page needs \`title\` and \`description\` (text) and may have \`order\` (a whole number)]
    `);
  });

  it('points at the opening --- for a missing field, and lists the line of each problem', () => {
    expect(check('---\ntitle: A\ndescripton: B\n---\n')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/a.md:1: invalid frontmatter: field \`description\` is required (line 1); unknown field \`descripton\` (line 3)
      Hint: a page needs \`title\` and \`description\` (text) and may have \`order\` (a whole number)]
    `);
  });

  it('points at an empty value', () => {
    expect(check('---\ndescription: B\ntitle:\n---\n')).toThrow(/^content\/a\.md:3: /);
  });
});
