// Renders the content files a build could not take from its cache: on the render threads when
// there are many, on this thread when there are few (a thread's start-up costs more than a page).
import type { MarkdownRendererOptions } from '../markdown/index.ts';
import type { ContentSource } from './content-files.ts';
import { renderInThreads, renderThreadCount, type RenderedPage } from './render-pool.ts';

/** Below this many files, rendering stays on the calling thread. */
export const THREADED_RENDER_MIN_FILES = 24;

/** Renders `sources` (in order); the first failing file throws its content error. */
export async function renderPages(
  sources: readonly ContentSource[],
  options: MarkdownRendererOptions & { base: string },
): Promise<RenderedPage[]> {
  if (sources.length === 0) return [];
  const threads = renderThreadCount();
  if (threads > 1 && sources.length >= THREADED_RENDER_MIN_FILES) {
    return renderInThreads(sources, { ...options, threads });
  }
  // Loaded only when something must be rendered: a build with nothing changed never starts
  // shiki or MathJax here.
  const { createMarkdownRenderer } = await import('../markdown/index.ts');
  const { renderContentSource } = await import('./content-files.ts');
  const renderer = await createMarkdownRenderer(options);
  return sources.map((source) => {
    const { data, body, rendered, fieldLine } = renderContentSource(renderer, source);
    return { data, body, rendered, orderLine: fieldLine(['order']) };
  });
}
