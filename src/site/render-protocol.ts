// The messages between the render pool and its threads: both sides import these types.
import type { RenderedMarkdown } from '../markdown/index.ts';
import type { ContentSource } from './content-files.ts';
import type { EntryData } from './frontmatter.ts';
import type { ThreadError } from './thread-errors.ts';

/** Main → thread: a batch of files to render; `index` is the file's place in the build's list. */
export interface RenderRequest {
  jobs: { index: number; source: ContentSource }[];
}

/** What rendering one file gave: its data, body and rendering. */
export interface RenderedPage {
  data: EntryData;
  body: string;
  rendered: RenderedMarkdown;
  /** The file line of the frontmatter's `order` field, if any. */
  orderLine: number | undefined;
}

/** Thread → main, one per job: the page, or the error that stops the build. */
export type RenderReply =
  | { index: number; page: RenderedPage; error?: undefined }
  | { index: number; error: ThreadError; page?: undefined };
