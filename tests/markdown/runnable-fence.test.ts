// Tests of the runnable-fence plugin: extraction, hidden setup, markup and content errors.
import MarkdownIt from 'markdown-it';
import { fromHighlighter } from '@shikijs/markdown-it/core';
import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import {
  runnableFence,
  type RunnableExample,
  type RunnableFenceEnv,
} from '../../src/markdown/plugins/runnable-fence';

const fence = '```';

function render(source: string, env: RunnableFenceEnv = { file: 'content/demo.md' }) {
  const md = new MarkdownIt().use(runnableFence);
  const html = md.render(source, env);
  return { html, examples: env.examples ?? [] };
}

const HELLO = `# Demo

${fence}ts run
const greeting: string = 'hi';
console.log(greeting);
${fence}

${fence}output
hi
${fence}
`;

describe('runnableFence', () => {
  it('collects an example with its file, fence line, code and expected output', () => {
    const { examples } = render(HELLO);
    expect(examples).toEqual<RunnableExample[]>([
      {
        file: 'content/demo.md',
        line: 3,
        lang: 'ts',
        code: "const greeting: string = 'hi';\nconsole.log(greeting);",
        expected: 'hi',
      },
    ]);
  });

  it('adds the frontmatter line offset to the fence line', () => {
    const { examples } = render(HELLO, { file: 'content/demo.md', lineOffset: 5 });
    expect(examples[0]?.line).toBe(8);
  });

  it('renders a run-example element holding the code, and the output inside it', () => {
    expect(render(HELLO).html).toMatchInlineSnapshot(`
      "<h1>Demo</h1>
      <run-example data-lang="ts" data-code="const greeting: string = 'hi';
      console.log(greeting);">
      <div class="run-example__code"><pre><code class="language-ts">const greeting: string = 'hi';
      console.log(greeting);
      </code></pre>
      </div>
      <div class="run-example__output"><div class="run-example__bar"><span class="run-example__label">Output</span></div><pre class="run-example__result" tabindex="0"><code>hi</code></pre></div>
      </run-example>
      "
    `);
  });

  it('takes lines starting with "# " as hidden setup: run, not shown', () => {
    const source = `${fence}ts run\n# import { Key } from '@project-hub/datastore';\n#\n# const k = new Key('a');\nconsole.log(k);\n${fence}\n${fence}output\nKey('/a')\n${fence}\n`;
    const { html, examples } = render(source);
    expect(examples[0]).toMatchObject({
      hiddenSetup: "import { Key } from '@project-hub/datastore';\n\nconst k = new Key('a');",
      code: 'console.log(k);',
    });
    expect(html).toContain(
      `data-setup="import { Key } from '@project-hub/datastore';\n\nconst k = new Key('a');"`,
    );
    expect(html).not.toMatch(/<code[^>]*>[^<]*import/);
  });

  it('accepts js run fences', () => {
    const { examples } = render(
      `${fence}js run\nconsole.log(1)\n${fence}\n${fence}output\n1\n${fence}\n`,
    );
    expect(examples[0]?.lang).toBe('js');
  });

  it('escapes the code in attributes and the output', () => {
    const { html } = render(
      `${fence}ts run\nconsole.log("<b>" && '&')\n${fence}\n${fence}output\n<b> & "\n${fence}\n`,
    );
    expect(html).toContain('data-code="console.log(&quot;&lt;b&gt;&quot; &amp;&amp; \'&amp;\')"');
    expect(html).toContain('<code>&lt;b&gt; &amp; &quot;</code>');
  });

  it('leaves ordinary fences and a lone output fence as they are', () => {
    const { html, examples } = render(
      `${fence}ts\nlet a = 1;\n${fence}\n\n${fence}output\nplain\n${fence}\n`,
    );
    expect(examples).toEqual([]);
    expect(html).not.toContain('run-example');
    expect(html).toContain('<code class="language-output">plain\n</code>');
  });

  it('fails a run fence without an output fence, naming the file, the line and the fix', () => {
    expect(() =>
      render(`intro\n\n${fence}ts run\nconsole.log(1)\n${fence}\n\nno output here\n`),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RunnableFenceError: [markdown] content/demo.md:3: this \`ts run\` fence has no \`output\` fence right after it. Add a \`\`\`output fence just below it holding exactly what the example prints (the build tells you the actual output if it differs).]`,
    );
  });

  it('fails a hidden setup line that follows visible code, at that line', () => {
    expect(() =>
      render(`${fence}ts run\nconst a = 1;\n# const b = 2;\n${fence}\n${fence}output\n${fence}\n`),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RunnableFenceError: [markdown] content/demo.md:3: a hidden setup line (\`# …\`) follows visible code. Move the hidden lines to the top of the fence.]`,
    );
  });

  it('fails unknown options after run', () => {
    expect(() => render(`${fence}ts run fast\nx\n${fence}\n${fence}output\n${fence}\n`)).toThrow(
      'content/demo.md:1: unknown fence options in `ts run fast`',
    );
  });

  it('collects a `ts run node` example as Node-only and renders it without <run-example>', () => {
    const { html, examples } = render(
      `${fence}ts run node\nconsole.log(1 < 2);\n${fence}\n\n${fence}output\ntrue & <ok>\n${fence}\n`,
    );
    expect(examples).toEqual([
      {
        file: 'content/demo.md',
        line: 1,
        lang: 'ts',
        code: 'console.log(1 < 2);',
        expected: 'true & <ok>',
        runtime: 'node',
      },
    ]);
    expect(html).not.toContain('<run-example');
    expect(html).toContain('<node-example data-lang="ts">');
    expect(html).toContain('Runs in Node · output verified at build');
    expect(html).toContain(
      '<pre class="node-example__result" tabindex="0"><code>true &amp; &lt;ok&gt;</code></pre>',
    );
    expect(html).not.toMatch(/<button/);
  });

  it('fails any other word after run, naming `node` as the one allowed', () => {
    for (const info of ['ts run browser', 'ts run node fast', 'js run nodes']) {
      expect(() => render(`\n\n${fence}${info}\nx\n${fence}\n${fence}output\n${fence}\n`)).toThrow(
        `content/demo.md:3: unknown fence options in \`${info}\`. Write exactly \`ts run\` or \`js run\`, followed by \`node\``,
      );
    }
  });

  it('lets shiki highlight the visible code as TypeScript', async () => {
    const highlighter = await createHighlighter({
      themes: ['github-light', 'github-dark'],
      langs: ['ts'],
    });
    const md = new MarkdownIt()
      .use(
        fromHighlighter(highlighter, {
          themes: { light: 'github-light', dark: 'github-dark' },
        }),
      )
      .use(runnableFence);
    const html = md.render(
      `${fence}ts run\n# const hidden = 1;\nconst shown = hidden;\n${fence}\n${fence}output\n${fence}\n`,
      {},
    );
    expect(html).toMatch(
      /<div class="run-example__code"><pre class="shiki shiki-themes github-light github-dark"/,
    );
    expect(html).toContain('class="language-ts"');
    expect(html).not.toMatch(/<span[^>]*>hidden<\/span>[^]*<span[^>]*>hidden/);
  });
});
