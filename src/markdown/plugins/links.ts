// Internal links: root-relative targets get the base path, `./page.md` links become routes,
// and every internal target is recorded so the build can fail on one that does not exist.
// `hub:issues` links go to the hub's own repository, whose address is given once, as an option.
import type { MarkdownIt, Token } from 'markdown-it';
import { posix } from 'node:path';
import { contentIdOf } from '../content-id.ts';
import { ContentError } from '../errors.ts';
import { fileLine, type LinkReference, type RenderEnv } from '../env.ts';

export interface LinksOptions {
  /** The site's base path, with a trailing slash: `/` or `/hub/`. */
  base: string;
  /** The hub's own repository (`https://github.com/owner/hub`): `hub:issues` becomes `<repository>/issues`. */
  repository?: string | undefined;
}

const HUB_LINK = /^hub:(.*)$/;

const EXTERNAL = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/** Rewrites `href`/`src` of internal links and images, recording them in `env.links`. */
export function links(md: MarkdownIt, options: LinksOptions): void {
  md.core.ruler.after('inline_lines', 'internal_links', (state) => {
    const env = state.env as RenderEnv;
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        const attr =
          token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
        const target = attr && token.attrGet(attr)?.toString();
        const hub = target && HUB_LINK.exec(target);
        if (attr && hub) token.attrSet(attr, hubLink(hub[1]!, token, env, options.repository));
        else if (attr && target && !EXTERNAL.test(target))
          token.attrSet(attr, resolveLink(target, token, env, options.base));
      }
    }
  });
}

function resolveLink(written: string, token: Token, env: RenderEnv, base: string): string {
  const line = token.map ? fileLine(env, token.map[0]) : 0;
  const [path = '', fragment] = written.split('#', 2) as [string, string | undefined];
  const reference: LinkReference = { line, written, targetId: env.id };
  if (fragment) reference.fragment = fragment;
  const hash = fragment ? `#${fragment}` : '';
  if (path === '') {
    env.links.push(reference);
    return written;
  }
  if (path.endsWith('.md')) {
    const contentPath = path.startsWith('/')
      ? path.slice(1)
      : posix.join(posix.dirname(env.contentPath), path);
    if (contentPath.startsWith('..')) throw outsideContent(env, line, written);
    reference.targetId = contentIdOf(contentPath);
    env.links.push(reference);
    return base + (reference.targetId ? `${reference.targetId}/` : '') + hash;
  }
  if (!path.startsWith('/')) throw relativeNonMarkdown(env, line, written);
  const rootRelative = path.slice(1);
  if (rootRelative === '' || rootRelative.endsWith('/') || !posix.extname(rootRelative)) {
    reference.targetId = rootRelative.replace(/\/$/, '');
  } else {
    reference.targetId = undefined;
    reference.assetPath = rootRelative;
  }
  env.links.push(reference);
  return base + rootRelative + hash;
}

function hubLink(path: string, token: Token, env: RenderEnv, repository?: string): string {
  if (!repository) {
    throw new ContentError(
      env.file,
      token.map ? fileLine(env, token.map[0]) : undefined,
      `link "hub:${path}" needs the hub's repository, and none is configured`,
      'pass `repository` to createMarkdownRenderer (the site passes HUB_REPOSITORY from src/site/hub.ts)',
    );
  }
  return `${repository.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

function relativeNonMarkdown(env: RenderEnv, line: number, written: string): ContentError {
  return new ContentError(
    env.file,
    line,
    `relative link "${written}" does not point at a markdown file`,
    "link to the page's markdown file (`./api.md`, `../datastore/index.md`) or use a root-relative URL (`/datastore/`)",
  );
}

function outsideContent(env: RenderEnv, line: number, written: string): ContentError {
  return new ContentError(
    env.file,
    line,
    `link "${written}" leaves the content folder`,
    'link to a page inside content/',
  );
}
