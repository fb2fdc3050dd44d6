// Rendered article HTML on disk, one file per page digest, under Astro's cacheDir. Keeping it out
// of the data store keeps the store (which Astro serialises and bundles into the server build)
// small: each page's HTML is read back only while that page is written, then released.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The folder of rendered HTML under a cache folder, one per base path: builds under different
 * bases (`npm run build` under /, the e2e build under /hub/, a dev server) may run at the same
 * time, and each prunes only its own folder, never the files another build is about to read.
 */
export function htmlStoreDir(cacheDir: string, base: string): string {
  return join(
    cacheDir,
    'hub-html',
    base.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root',
  );
}

/** Content-addressed HTML files: the name is the page's digest, so writes never conflict. */
export class HtmlStore {
  constructor(readonly dir: string) {}

  fileOf(digest: string): string {
    return join(this.dir, `${digest}.html`);
  }

  has(digest: string): boolean {
    return existsSync(this.fileOf(digest));
  }

  async write(digest: string, html: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    // Written aside, then renamed: a build reading this digest never sees a half-written file.
    const temporary = `${this.fileOf(digest)}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, html);
    await rename(temporary, this.fileOf(digest));
    return this.fileOf(digest);
  }

  /** Deletes the files of pages that no longer exist or have changed. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    const names = existsSync(this.dir) ? await readdir(this.dir) : [];
    const stale = names.filter(
      (name) => name.endsWith('.html') && !keep.has(name.replace(/\.html$/, '')),
    );
    await Promise.all(stale.map((name) => unlink(join(this.dir, name))));
  }
}

/** The article HTML of a collection entry, as the content loader stored it. */
export async function pageHtml(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> };
}): Promise<string> {
  const file = entry.rendered?.metadata?.['htmlFile'];
  if (typeof file !== 'string')
    throw new Error(`[content] page "${entry.id}" has no stored HTML; run the build again`);
  return readFile(file, 'utf8');
}
