// The Astro content loader: content/*.md through our markdown-it pipeline into the data store.
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkLinks } from './check-links.ts';
import { loadContentPages } from './content-files.ts';
import { normaliseBase } from './routing.ts';
import { assertExamplesTypeCheck } from './typecheck-examples.ts';
import { verifyExamples } from './verify-examples.ts';

export interface ContentLoaderOptions {
  /** The content folder, relative to the project root. */
  dir: string;
}

/** Loads every page of `dir`; a bad page fails the build with its file, line and a hint. */
export function contentLoader({ dir }: ContentLoaderOptions): Loader {
  return {
    name: 'hub-content',
    async load(context) {
      await loadInto(context, dir);
      // In dev, any change to the content reloads it all: cross-page link checks need every page.
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.endsWith('.md'))
          loadInto(context, dir).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

async function loadInto(context: LoaderContext, dir: string): Promise<void> {
  const pages = await loadContentPages(dir, normaliseBase(context.config.base));
  checkLinks(pages, fileURLToPath(context.config.publicDir));
  const examples = pages.flatMap((page) => page.rendered.examples);
  // Types first (one program for every example): a type error fails the build even when the
  // example happens to print the right output.
  assertExamplesTypeCheck(examples);
  // Every runnable example runs against the real libraries; drifted output fails the build.
  await verifyExamples(examples);
  context.store.clear();
  for (const page of pages) {
    const id =
      page.data.kind === 'home' ? 'index' : page.contentPath.replace(/(\/index)?\.md$/, '');
    const { headings, hasMath } = page.rendered;
    context.store.set({
      id,
      data: await context.parseData({ id, data: page.data }),
      body: page.body,
      filePath: page.file,
      digest: context.generateDigest(page.source),
      rendered: { html: page.rendered.html, metadata: { headings, hasMath } },
    });
  }
}
