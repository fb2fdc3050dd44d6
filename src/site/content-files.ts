// Finding and reading content: every `.md` under content/, skipping `_drafts` and `_partials`.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { MarkdownRenderer, RenderedMarkdown } from '../markdown/index.ts';
import {
  PageFrontmatterSchema,
  ProjectFrontmatterSchema,
  parseFrontmatter,
  splitFrontmatter,
  type EntryData,
} from './frontmatter.ts';
import type { FieldLine } from './frontmatter-lines.ts';
import { checkPageOrder } from './check-order.ts';
import { hubRepository } from './hub.ts';
import { placeOf } from './routing.ts';

/** One content file, validated and rendered. */
export interface ContentPage {
  /** Relative to content/: `datastore/api.md`. */
  contentPath: string;
  /** As shown in messages: `content/datastore/api.md`. */
  file: string;
  source: string;
  body: string;
  data: EntryData;
  rendered: RenderedMarkdown;
  /** The file line of a frontmatter field, for messages about it. */
  fieldLine: FieldLine;
}

/** Paths relative to `dir` of every markdown file, sorted; names starting with `_` or `.` are skipped. */
export async function listContentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => /^[_.]/.test(segment)))
    .sort();
}

/** One content file as read from disk, before validation and rendering. */
export interface ContentSource {
  contentPath: string;
  file: string;
  source: string;
}

/** Reads every content file under `dir`, in path order. */
export async function readContentSources(dir: string): Promise<ContentSource[]> {
  const paths = await listContentFiles(dir);
  return Promise.all(
    paths.map(async (contentPath) => ({
      contentPath,
      file: relative(process.cwd(), join(dir, contentPath)).split(sep).join('/'),
      source: await readFile(join(dir, contentPath), 'utf8'),
    })),
  );
}

/** Validates the frontmatter of one file and renders its body (the same in the build's threads). */
export function renderContentSource(
  renderer: MarkdownRenderer,
  { contentPath, file, source }: ContentSource,
): ContentPage {
  const { data, body, bodyLineOffset, fieldLine } = splitFrontmatter(source, file);
  const place = placeOf(contentPath);
  const schema = place.kind === 'project' ? ProjectFrontmatterSchema : PageFrontmatterSchema;
  const frontmatter = parseFrontmatter(schema, data, file, fieldLine);
  const rendered = renderer.render(body, contentPath, { file, lineOffset: bodyLineOffset });
  const entryData: EntryData = {
    ...frontmatter,
    kind: place.kind,
    ...(place.project ? { project: place.project } : {}),
  };
  return { contentPath, file, source, body, data: entryData, rendered, fieldLine };
}

/** Reads, validates and renders every page under `dir` (`content`), with links prefixed by `base`. */
export async function loadContentPages(dir: string, base: string): Promise<ContentPage[]> {
  const { createMarkdownRenderer } = await import('../markdown/index.ts');
  const renderer = await createMarkdownRenderer({ base, repository: hubRepository() });
  const sources = await readContentSources(dir);
  const pages = sources.map((source) => renderContentSource(renderer, source));
  checkPageOrder(pages);
  return pages;
}
