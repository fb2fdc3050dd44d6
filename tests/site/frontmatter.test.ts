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
