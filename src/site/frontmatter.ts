// Frontmatter: split it from the body, parse its YAML, validate it with zod, explain failures.
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { ContentError } from '../markdown/errors.ts';
import { fieldLines, yamlLines, type FieldLine } from './frontmatter-lines.ts';

/** Every page: a title and the meta description search engines show. */
export const PageFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().min(1, 'must not be empty'),
  /** Position in the project's sidebar (lower first; then by title). */
  order: z.number().int().optional(),
  /** The sidebar group the page is listed under (default: its folder below the project, if any). */
  group: z.string().trim().min(1, 'must not be empty').optional(),
});

/** A project's index page (`content/<project>/index.md`) also says what the project is and where it lives. */
export const ProjectFrontmatterSchema = PageFrontmatterSchema.extend({
  tagline: z.string().trim().min(1, 'must not be empty'),
  repository: z.url('must be a URL such as https://github.com/owner/repo'),
  /** Position of the project on the home page and in the header. */
  order: z.number().int(),
});

/** What a collection entry holds: the union of both shapes. */
export const EntryFrontmatterSchema = PageFrontmatterSchema.extend({
  tagline: z.string().optional(),
  repository: z.string().optional(),
});

export type PageFrontmatter = z.output<typeof PageFrontmatterSchema>;
export type ProjectFrontmatter = z.output<typeof ProjectFrontmatterSchema>;
export type EntryFrontmatter = z.output<typeof EntryFrontmatterSchema>;

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body, so body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
  /** The file line of a field, for messages about it. */
  fieldLine: FieldLine;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` YAML frontmatter from the markdown body; a missing or broken block is an error. */
export function splitFrontmatter(source: string, file: string): SplitFile {
  const match = FENCE.exec(source);
  if (!match) {
    throw new ContentError(
      file,
      1,
      'missing frontmatter',
      'start the file with a `---` block holding at least `title:` and `description:`, closed by `---`',
    );
  }
  // One line number, the file's: yaml's pretty messages add their own "at line n" of the YAML text.
  const lines = yamlLines();
  const document = parseDocument(match[1]!, { prettyErrors: false, lineCounter: lines.counter });
  const yamlError = document.errors[0];
  if (yamlError) {
    throw new ContentError(
      file,
      lines.fileLine(yamlError.pos[0]),
      `invalid YAML in frontmatter: ${yamlError.message}`,
      'fix the YAML syntax (quote values that contain `:` or `#`)',
    );
  }
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(
      file,
      2,
      'frontmatter is not a mapping of fields',
      'write one `field: value` per line',
    );
  }
  const bodyLineOffset = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return {
    data: data as Record<string, unknown>,
    body: source.slice(match[0].length),
    bodyLineOffset,
    fieldLine: fieldLines(document, lines.fileLine),
  };
}

/**
 * Validates `data` with `schema`; on failure, names the file and every bad field, each with its
 * line when `fieldLine` (from `splitFrontmatter`) can place it.
 */
export function parseFrontmatter<S extends z.ZodTypeAny>(
  schema: S,
  data: unknown,
  file: string,
  fieldLine?: FieldLine,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    text: describeIssue(issue, data),
    line: issueLine(issue, data, fieldLine),
  }));
  const lines = problems.flatMap((problem) => (problem.line ? [problem.line] : []));
  // Each problem names its own line when they are on different lines.
  const manyLines = new Set(lines).size > 1;
  const withLines = problems.map(({ text, line }) =>
    line && manyLines ? `${text} (line ${line})` : text,
  );
  throw new ContentError(
    file,
    lines.length ? Math.min(...lines) : undefined,
    `invalid frontmatter: ${withLines.join('; ')}`,
    (schema as z.ZodTypeAny) === ProjectFrontmatterSchema
      ? 'a project index page needs `title`, `description`, `tagline`, `repository` (a URL) and `order` (a whole number)'
      : 'a page needs `title` and `description` (text) and may have `order` (a whole number)',
  );
}

// A field that is there: its value's line. An unknown field: its key's line. A missing field: the
// opening `---`, where the frontmatter block starts.
function issueLine(
  issue: z.core.$ZodIssue,
  data: unknown,
  fieldLine: FieldLine | undefined,
): number | undefined {
  if (!fieldLine) return undefined;
  if (issue.code === 'unrecognized_keys')
    return fieldLine([...issue.path, issue.keys[0]!], { key: true });
  if (valueAt(data, issue.path) === undefined) return 1;
  return fieldLine(issue.path);
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path.join('.') || '(frontmatter)';
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  if (issue.code === 'invalid_type') {
    // zod 4 no longer says what it received: read the value back from the data.
    const received = typeOf(valueAt(data, issue.path));
    if (received === 'undefined') return `field \`${field}\` is required`;
    return `field \`${field}\` must be ${issue.expected}, not ${received}`;
  }
  return `field \`${field}\` ${issue.message}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A collection entry's data: its frontmatter plus where it sits (derived from its path, never written). */
export const EntrySchema = EntryFrontmatterSchema.extend({
  kind: z.enum(['home', 'project', 'page']),
  project: z.string().optional(),
});

export type EntryData = z.output<typeof EntrySchema>;
