// Worker-thread entry of the render pool: validates and renders the content files it is sent,
// with one markdown renderer (shiki and MathJax loaded once per thread).
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer, type MarkdownRendererOptions } from '../markdown/index.ts';
import { renderContentSource, type ContentSource } from './content-files.ts';
import type { RenderReply, RenderRequest } from './render-protocol.ts';
import { toThreadError } from './thread-errors.ts';

const renderer = await createMarkdownRenderer(workerData as MarkdownRendererOptions);

parentPort?.on('message', ({ jobs }: RenderRequest) => {
  const replies: RenderReply[] = jobs.map(({ index, source }) => renderOne(index, source));
  parentPort?.postMessage(replies);
});
parentPort?.postMessage('ready');

function renderOne(index: number, source: ContentSource): RenderReply {
  try {
    const { data, body, rendered, fieldLine } = renderContentSource(renderer, source);
    return { index, page: { data, body, rendered, orderLine: fieldLine(['order']) } };
  } catch (error) {
    return { index, error: toThreadError(error) };
  }
}
