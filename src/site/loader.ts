// The Astro content loader: content/*.md through our markdown-it pipeline into the data store,
// incrementally. Astro keeps the store between builds (in its cacheDir, node_modules/.astro), so
// a page whose digest (its source and everything that decides its HTML) is unchanged keeps its
// stored rendering and is not rendered again. Link checks and example checks still cover every
// page on every build, from the link, anchor and example lists stored with each page.
import type { Loader, LoaderContext } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  digestOf,
  digestOfFiles,
  EXAMPLE_INPUTS,
  FRAGMENT_INPUTS,
  RENDERER_INPUTS,
} from './build-digest.ts';
import { checkLinks, type LinkedPage } from './check-links.ts';
import type { OrderedPage } from './check-order.ts';
import type { EntryData } from './frontmatter.ts';
import { HtmlStore, htmlStoreDir } from './html-store.ts';
import { readContentSources, type ContentSource } from './content-files.ts';
import { renderPages } from './render-pages.ts';
import { pageSummaryOf, storedSummaryOf, type PageSummary } from './page-summary.ts';
import { API_REFERENCE_DIR, generateApiReference } from './api-reference/index.ts';
import { normaliseBase } from './routing.ts';
import { checkPageOrder } from './check-order.ts';
import { hubRepository } from './hub.ts';
import { typeCheckExamplesCached, verifyExamplesCached } from './verified-examples.ts';
import { reportContentReload } from './dev-content-error.ts';
import { waitUntilSettled } from './settled-file.ts';

export interface ContentLoaderOptions {
  /** The content folder, relative to the project root (or absolute). */
  dir: string;
}

/** Loads every page of `dir`; a bad page fails the build with its file, line and a hint. */
export function contentLoader({ dir }: ContentLoaderOptions): Loader {
  return {
    name: 'hub-content',
    async load(context) {
      // The API reference pages are generated from the packages' sources, beside content/.
      const apiDir = await generateApiReference(API_REFERENCE_DIR);
      await loadInto(context, dir, apiDir);
      // In dev, any change reloads the content: unchanged pages come from the store, and the
      // cross-page link checks see every page. The file is read once the save has settled; an
      // error goes to the browser's overlay.
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (!path.endsWith('.md')) return;
        waitUntilSettled(path)
          .then(() => loadInto(context, dir, apiDir))
          .then(
            () => reportContentReload(undefined),
            (error: unknown) => {
              context.logger.error(String(error));
              reportContentReload(error);
            },
          );
      });
    },
  };
}

interface PlannedPage extends LinkedPage, OrderedPage {
  id: string;
  source: ContentSource;
  digest: string;
  rendered: PageSummary;
}

async function loadInto(context: LoaderContext, dir: string, apiDir: string): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const base = normaliseBase(context.config.base);
  const repository = hubRepository();
  const renderer = await digestOfFiles(root, RENDERER_INPUTS);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  const htmlStore = new HtmlStore(htmlStoreDir(cacheDir, base));
  // The generated API reference folder mirrors content/ (datastore/api.md → /datastore/api/); a
  // library's reference is part of the site when its project is (content/<project>/index.md).
  const written = await readContentSources(dir);
  const projects = new Set(
    written.flatMap(({ contentPath }) => /^([^/]+)\/index\.md$/.exec(contentPath)?.[1] ?? []),
  );
  const reference = (await readContentSources(apiDir)).filter(({ contentPath }) =>
    projects.has(contentPath.split('/')[0]!),
  );
  const sources = [...written, ...reference];
  const planned = sources.map((source) => {
    const id = entryIdOf(source.contentPath);
    const digest = digestOf(renderer, base, repository, source.file, source.source);
    const stored = context.store.get(id);
    const cached =
      stored?.digest === digest && htmlStore.has(digest)
        ? storedSummaryOf(stored.rendered)
        : undefined;
    return { id, source, digest, cached, contentPath: source.contentPath, file: source.file };
  });
  const misses = planned.filter((page) => !page.cached);
  const fresh = await renderPages(
    misses.map((page) => page.source),
    {
      base,
      repository,
      // Formulas and code blocks keep their rendering across builds, keyed by the pipeline's
      // version only: a change to the site's code re-renders pages, not every formula.
      fragmentCache: {
        dir: join(cacheDir, 'hub-fragments'),
        version: misses.length ? await digestOfFiles(root, FRAGMENT_INPUTS) : '',
      },
    },
  );
  for (const [index, page] of misses.entries()) {
    const { data, body, rendered, orderLine } = fresh[index]!;
    const htmlFile = await htmlStore.write(page.digest, rendered.html);
    context.store.set({
      id: page.id,
      data: await context.parseData({ id: page.id, data }),
      body,
      filePath: page.file,
      digest: page.digest,
      // The HTML itself stays on disk (see html-store.ts): the layouts read it with pageHtml().
      rendered: { html: '', metadata: { ...pageSummaryOf(rendered, orderLine), htmlFile } },
    });
    page.cached = pageSummaryOf(rendered, orderLine);
  }
  // The HTML is on disk now; let it go before the checks (the example type-check alone needs
  // hundreds of MB).
  fresh.length = 0;
  const ids = new Set(planned.map((page) => page.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  await htmlStore.prune(new Set(planned.map((page) => page.digest)));
  context.logger.info(
    `rendered ${misses.length} of ${planned.length} pages, ${planned.length - misses.length} unchanged from the cache`,
  );
  const pages: PlannedPage[] = planned.map((page) => ({
    ...page,
    rendered: page.cached!,
    data: context.store.get(page.id)!.data as EntryData,
    // Of the frontmatter's lines, the checks across pages need only `order`'s, kept in the summary.
    fieldLine: (path) =>
      path.length === 1 && path[0] === 'order' ? page.cached!.orderLine : undefined,
  }));
  checkPageOrder(pages);
  checkLinks(pages, fileURLToPath(context.config.publicDir));
  const examples = pages.flatMap((page) => page.rendered.examples);
  const libraries = await digestOfFiles(root, EXAMPLE_INPUTS);
  // Types first (one program for every example): a type error fails the build even when the
  // example happens to print the right output.
  await typeCheckExamplesCached(examples, libraries, context.meta);
  // Every runnable example runs against the real libraries; drifted output fails the build.
  const ran = await verifyExamplesCached(examples, libraries, context.meta);
  context.logger.info(`ran ${ran} examples, the others passed before against the same libraries`);
}

/** The collection id of a content file: `datastore/api`, `datastore`, `index` for home. */
function entryIdOf(contentPath: string): string {
  return contentPath === 'index.md' ? 'index' : contentPath.replace(/(\/index)?\.md$/, '');
}
