import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/markdown/index.ts';
import { typesetCount } from '../../src/markdown/mathjax.ts';
import { readFixtures } from './fixtures.ts';

let renderer: MarkdownRenderer;
beforeAll(async () => {
  renderer = await createMarkdownRenderer({ base: '/hub/' });
});

const render = (source: string, lineOffset = 0) =>
  renderer.render(source, 'datastore/index.md', { lineOffset });

for (const name of ['links', 'text']) {
  describe(`fixtures/${name}.txt`, () => {
    for (const fixture of readFixtures(join(import.meta.dirname, 'fixtures', `${name}.txt`))) {
      it(fixture.title, () => {
        expect(render(fixture.input).html).toBe(fixture.expected);
      });
    }
  });
}

describe('code', () => {
  it('highlights a known language with both themes', () => {
    const { html } = render('```ts\nconst answer: number = 42;\n```\n');
    expect(html).toContain(
      '<pre class="shiki shiki-themes github-light-default github-dark-default"',
    );
    expect(html).toMatch(
      /<span style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">const<\/span>/,
    );
  });

  it('fails on an unknown fence language, naming the file, the line and the valid languages', () => {
    expect(() => render('Some text.\n\n```klingon\nQapla <b>\n```\n', 4))
      .toThrowErrorMatchingInlineSnapshot(`
        [ContentError: content/datastore/index.md:7: unknown fence language "klingon"
        Hint: use one of ts, js, json, bash, sh, html, css, python, yaml, text, output, or no language for plain text]
      `);
  });

  it('suggests the short name for a long language name', () => {
    expect(() => render('```typescript\nlet a = 1;\n```\n')).toThrow(/did you mean "ts"\?/);
  });

  it('accepts a fence without a language as plain text, and every listed language', () => {
    const { html } = render('```\nplain <b>\n```\n\n```yaml\na: 1\n```\n\n```sh\nls\n```\n');
    expect(html.match(/<code class="language-(\w+)">/g)).toEqual([
      '<code class="language-text">',
      '<code class="language-yaml">',
      '<code class="language-sh">',
    ]);
  });

  it('gives every code block a copy button beside its <pre>', () => {
    const { html } = render('```sh\nnpm run build\n```\n');
    expect(html).toMatch(
      /^<div class="code-block"><pre class="shiki[^"]*"[\s\S]*<\/pre><button type="button" class="copy-code needs-js" data-copy-code>Copy<\/button><\/div>\n$/,
    );
  });

  it('renders GitHub-style callouts', () => {
    const { html } = render('> [!WARNING]\n> Not runnable here.\n');
    expect(html).toBe(
      '<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title">Warning</p><p>Not runnable here.</p>\n</div>\n',
    );
  });

  it('keeps an ASCII diagram column for column', () => {
    const diagram = '+-----+\n|  a  |\n+-----+';
    const { html } = render('```text\n' + diagram + '\n```\n');
    const text = html
      .replace(/<button[^>]*>.*?<\/button>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .trim();
    expect(text).toBe(diagram);
  });
});

describe('math', () => {
  it('typesets inline TeX as SVG with a MathML copy for screen readers', () => {
    const { html, hasMath } = render('Euler: $e^{i\\pi} + 1 = 0$.\n');
    expect(hasMath).toBe(true);
    expect(html).toMatch(
      /<mjx-container class="MathJax" jax="SVG"[^>]*><svg[^>]*aria-hidden="true"/,
    );
    expect(html).toContain('<mjx-assistive-mml');
    expect(html).toMatch(/<math [^>]*><msup><mi>e<\/mi>/);
  });

  it('typesets an identical formula once per build', () => {
    const before = typesetCount();
    render('$\\alpha_{unique}$ and again $\\alpha_{unique}$\n');
    render('On another page: $\\alpha_{unique}$\n');
    expect(typesetCount()).toBe(before + 1);
  });

  it('typesets $$…$$ blocks in display mode', () => {
    const { html } = render('$$\n\\sum_{k=1}^n k = \\frac{n(n+1)}{2}\n$$\n');
    expect(html).toMatch(/^<div class="math-display"><mjx-container [^>]*display="true"/);
  });

  it("fails on bad TeX, naming the file, the line and MathJax's message", () => {
    expect(() => render('Intro.\n\nA formula $\\frac{1$ here.\n', 3))
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/datastore/index.md:6: TeX error in $…$ "\\frac{1": Missing close brace
      Hint: fix the formula (MathJax TeX syntax); for a literal dollar sign write \\$]
    `);
  });

  it('fails on an undefined macro in a display block', () => {
    expect(() => render('$$\n\\nosuchmacro{x}\n$$\n')).toThrow(
      /index\.md:1: .*Undefined control sequence \\nosuchmacro/,
    );
  });
});

describe('structure', () => {
  it('collects headings for the table of contents', () => {
    const { headings } = render('## Install\n\n### From npm\n\n## License\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'install', text: 'Install' },
      { depth: 3, slug: 'from-npm', text: 'From npm' },
      { depth: 2, slug: 'license', text: 'License' },
    ]);
  });

  it('refuses a level-1 heading in the body, since the title comes from frontmatter', () => {
    expect(() => render('text\n\n# Title\n', 4)).toThrow(/index\.md:7: a level-1 heading/);
  });

  it('refuses a relative link that is not to a markdown file', () => {
    expect(() => render('[x](../api/)\n', 2)).toThrow(
      /index\.md:3: relative link "\.\.\/api\/" does not point at a markdown file/,
    );
  });

  it('records internal links with their lines for the cross-page check', () => {
    const { links } = render('Intro\n\nsee [api](./api.md#get)\n', 5);
    expect(links).toEqual([
      { line: 8, written: './api.md#get', targetId: 'datastore/api', fragment: 'get' },
    ]);
  });
});

describe('hub links', () => {
  it("point into the hub's repository, given once as an option", async () => {
    const withRepository = await createMarkdownRenderer({
      repository: 'https://github.com/example/hub/',
    });
    const { html, links } = withRepository.render(
      '[file an issue](hub:issues) and [source](hub:/tree/main/src)\n',
      'datastore/index.md',
    );
    expect(html).toContain('<a href="https://github.com/example/hub/issues">file an issue</a>');
    expect(html).toContain('<a href="https://github.com/example/hub/tree/main/src">source</a>');
    expect(links).toEqual([]);
  });

  it('fail when no repository is configured', () => {
    expect(() => render('\n[issues](hub:issues)\n', 3)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/datastore/index.md:5: link "hub:issues" needs the hub's repository, and none is configured
      Hint: pass \`repository\` to createMarkdownRenderer (the site passes HUB_REPOSITORY from src/site/hub.ts)]
    `);
  });
});
