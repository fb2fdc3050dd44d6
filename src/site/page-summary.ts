// What the build keeps of a rendered page besides its HTML, in the data store's metadata: the
// table of contents and math flag the layout needs, and the lists that cross-page checks need
// (links, anchors, runnable examples), so that a cached page is checked without re-rendering it.
import type {
  Heading,
  LinkReference,
  RenderedMarkdown,
  RunnableExample,
} from '../markdown/index.ts';

export interface PageSummary {
  headings: Heading[];
  hasMath: boolean;
  links: LinkReference[];
  anchors: string[];
  examples: RunnableExample[];
  /** The file line of the `order` field, for the duplicate-order check. */
  orderLine?: number;
}

/** The summary of a fresh rendering. */
export function pageSummaryOf(rendered: RenderedMarkdown, orderLine?: number): PageSummary {
  const { headings, hasMath, links, anchors, examples } = rendered;
  return { headings, hasMath, links, anchors, examples, ...(orderLine ? { orderLine } : {}) };
}

/** The summary kept with a stored entry, or undefined when it lacks one (written by an older
 * loader): such an entry is rendered again. */
export function storedSummaryOf(
  rendered: { metadata?: Record<string, unknown> } | undefined,
): PageSummary | undefined {
  const metadata = rendered?.metadata;
  if (!metadata) return undefined;
  const lists = ['headings', 'links', 'anchors', 'examples'] as const;
  if (
    !lists.every((key) => Array.isArray(metadata[key])) ||
    typeof metadata['hasMath'] !== 'boolean'
  )
    return undefined;
  return metadata as unknown as PageSummary;
}
