import { describe, expect, it } from 'vitest';
import { ContentError, createMarkdownRenderer } from '../../src/markdown/index.ts';
import { renderContentSource, type ContentSource } from '../../src/site/content-files.ts';
import { renderInThreads } from '../../src/site/render-pool.ts';

const source = (i: number, body: string): ContentSource => ({
  contentPath: `p/page-${i}.md`,
  file: `content/p/page-${i}.md`,
  source: `---\ntitle: Page ${i}\ndescription: Page ${i}.\n---\n${body}`,
});
const body = (i: number) =>
  `## Part ${i}\n\nThe sum $\\sum_{k=1}^{${i}} k$ and\n\n$$\\frac{${i}}{2}$$\n\n\`\`\`ts\nconst x: number = ${i};\n\`\`\`\n\n[next](./page-${i + 1}.md#part-${i + 1})\n`;

describe('renderInThreads', () => {
  it('renders exactly what one thread renders, in file order, whatever thread took which file', async () => {
    const sources = Array.from({ length: 13 }, (_, i) => source(i, body(i)));
    const renderer = await createMarkdownRenderer({ base: '/hub/' });
    const expected = sources.map((s) => {
      const { data, body, rendered } = renderContentSource(renderer, s);
      return { data, body, rendered };
    });
    expect(await renderInThreads(sources, { base: '/hub/', threads: 2 })).toEqual(expected);
  }, 60_000);

  it('fails with the first bad file, as the same ContentError with its file and line', async () => {
    const sources = [
      source(1, body(1)),
      source(2, 'Fine.\n\nBad $\\frac{x$ here.\n'),
      source(3, '$\\frac{y$'),
    ];
    const error = await renderInThreads(sources, { base: '/', threads: 2 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^content\/p\/page-2\.md:7: TeX error/);
  }, 60_000);
});
