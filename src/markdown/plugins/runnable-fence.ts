// Runnable fences: a ```ts run fence and the ```output fence after it become one <run-example> element.
//
// Writing one (in content/**/*.md):
//
//   ```ts run                                   (or `js run`)
//   # import { Key } from '@project-hub/datastore';          hidden setup: `# ` lines, first; run, not shown
//   console.log(new Key('hello'));
//   ```
//
//   ```output                                   required, right after: what the example prints,
//   Key('/hello')                               one line per console call (checked at build)
//   ```
//
// `ts run node` (or `js run node`) marks an example that needs Node (the fs and sqlite backends):
// the build runs and checks it the same way, but the page shows its code and verified output as a
// <node-example>, with no Run or Edit button (a browser's worker cannot run it).
import type { MarkdownIt, RendererRule, StateCore, Token } from 'markdown-it';

/** One runnable example found in a content file, for the build to verify. */
export interface RunnableExample {
  /** Content path, e.g. `content/datastore/index.md`. */
  file: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  lang: RunnableLang;
  /** The code the reader sees. */
  code: string;
  /** Lines written `# …` in the fence: run before the code, never shown. */
  hiddenSetup?: string;
  /** The content of the `output` fence: what the example must print. */
  expected: string;
  /** `node`: the example runs only in Node (at build), never in the page. */
  runtime?: 'node';
}

/** Languages a runnable fence may declare. */
export type RunnableLang = 'ts' | 'js';

/** The markdown-it env fields this plugin reads and writes. */
export interface RunnableFenceEnv {
  [key: string | symbol]: unknown;
  file?: string;
  /** Lines before the markdown body (frontmatter), added to token line numbers. */
  lineOffset?: number;
  examples?: RunnableExample[];
}

/** A content mistake in a runnable fence; the message names the file and line and says the fix. */
export class RunnableFenceError extends Error {
  override readonly name = 'RunnableFenceError';
  readonly code = 'ERR_RUNNABLE_FENCE';

  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
    readonly hint: string,
  ) {
    super(`[markdown] ${file}:${line}: ${problem}. ${hint}`);
  }
}

/** The markdown-it plugin: install after the highlighter so the code is highlighted like any fence. */
export function runnableFence(md: MarkdownIt): void {
  md.core.ruler.after('block', 'runnable_fence', collectExamples);
  const fence = md.renderer.rules['fence'];
  if (!fence) throw new Error('[markdown] runnable-fence: markdown-it has no fence renderer');
  md.renderer.rules['fence'] = renderFence(fence);
}

export default runnableFence;

// --- Internal helpers ---

interface RunnableMeta {
  example: RunnableExample;
}

const RUN_INFO = /^(ts|js)\s+run(?:\s+(node))?$/;

/** Core rule: finds runnable fences, checks them, pairs them with their output, fills env.examples. */
function collectExamples(state: StateCore): void {
  const env = state.env as RunnableFenceEnv;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== 'fence' || !isRunInfo(token.info)) continue;
    const example = readExample(token, tokens[i + 1], env);
    token.meta = { ...token.meta, example } satisfies RunnableMeta;
    const output = tokens[i + 1];
    if (output) output.meta = { ...output.meta, runnableOutput: true };
    (env.examples ??= []).push(example);
  }
}

function isRunInfo(info: string): boolean {
  const words = info.trim().split(/\s+/);
  return (words[0] === 'ts' || words[0] === 'js') && words.includes('run');
}

function readExample(
  token: Token,
  next: Token | undefined,
  env: RunnableFenceEnv,
): RunnableExample {
  const file = env.file ?? '<markdown>';
  const line = (token.map?.[0] ?? 0) + 1 + (env.lineOffset ?? 0);
  const info = token.info.trim();
  const match = RUN_INFO.exec(info);
  if (!match) {
    throw new RunnableFenceError(
      file,
      line,
      `unknown fence options in \`${info}\``,
      'Write exactly `ts run` or `js run`, followed by `node` for an example that runs only in Node (`ts run node`).',
    );
  }
  if (next?.type !== 'fence' || next.info.trim() !== 'output') {
    throw new RunnableFenceError(
      file,
      line,
      `this \`${info}\` fence has no \`output\` fence right after it`,
      'Add a ```output fence just below it holding exactly what the example prints (the build tells you the actual output if it differs).',
    );
  }
  const { code, setup } = splitHiddenSetup(token.content, file, line);
  const example: RunnableExample = {
    file,
    line,
    lang: match[1] === 'js' ? 'js' : 'ts',
    code,
    expected: trimNewline(next.content),
  };
  if (setup) example.hiddenSetup = setup;
  if (match[2] === 'node') example.runtime = 'node';
  return example;
}

/** Lines starting with `# ` (or a lone `#`) are hidden setup, rustdoc-style; they must come first. */
function splitHiddenSetup(
  content: string,
  file: string,
  fenceLine: number,
): { code: string; setup: string } {
  const lines = trimNewline(content).split('\n');
  const hidden = /^#(?: |$)/;
  const count = lines.findIndex((text) => !hidden.test(text));
  const setupCount = count === -1 ? lines.length : count;
  const late = lines.findIndex((text, index) => index >= setupCount && hidden.test(text));
  if (late !== -1) {
    throw new RunnableFenceError(
      file,
      fenceLine + 1 + late,
      'a hidden setup line (`# …`) follows visible code',
      'Move the hidden lines to the top of the fence.',
    );
  }
  const setup = lines
    .slice(0, setupCount)
    .map((text) => text.replace(/^# ?/, ''))
    .join('\n');
  return { code: lines.slice(setupCount).join('\n'), setup };
}

function trimNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** Renderer: a runnable fence becomes <run-example> (or <node-example>); its output fence is
 * rendered inside it. */
function renderFence(fence: RendererRule): RendererRule {
  return (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return '';
    const meta = token.meta as (Partial<RunnableMeta> & { runnableOutput?: boolean }) | null;
    if (meta?.example) return renderExample(meta.example, token, fence, options, env, self);
    if (meta?.runnableOutput) return '';
    return fence(tokens, idx, options, env, self);
  };
}

function renderExample(
  example: RunnableExample,
  token: Token,
  fence: RendererRule,
  ...rest: Tail<Parameters<RendererRule>>
): string {
  // The original renderer (shiki) highlights a copy that carries only the language and the visible code.
  const shown: Token = Object.assign(
    Object.create(Object.getPrototypeOf(token) as object) as Token,
    token,
    {
      info: example.lang,
      content: `${example.code}\n`,
    },
  );
  const highlighted = fence([shown], 0, ...rest);
  if (example.runtime === 'node') return renderNodeExample(example, highlighted);
  const setup =
    example.hiddenSetup === undefined ? '' : ` data-setup="${escapeHtml(example.hiddenSetup)}"`;
  return (
    `<run-example data-lang="${example.lang}" data-code="${escapeHtml(example.code)}"${setup}>\n` +
    `<div class="run-example__code">${highlighted}</div>\n` +
    `<div class="run-example__output"><div class="run-example__bar"><span class="run-example__label">Output</span></div>` +
    `<pre class="run-example__result" tabindex="0"><code>${escapeHtml(example.expected)}</code></pre></div>\n` +
    `</run-example>\n`
  );
}

/** A Node-only example: static markup (no script defines <node-example>), so the playground,
 * which hydrates every <run-example>, never sees it; the copy button stays in the code block. */
function renderNodeExample(example: RunnableExample, highlighted: string): string {
  return (
    `<node-example data-lang="${example.lang}">\n` +
    `<div class="node-example__code">${highlighted}</div>\n` +
    `<div class="node-example__output"><p class="node-example__label">Runs in Node · output verified at build</p>` +
    `<pre class="node-example__result" tabindex="0"><code>${escapeHtml(example.expected)}</code></pre></div>\n` +
    `</node-example>\n`
  );
}

type Tail<T extends unknown[]> = T extends [unknown, unknown, ...infer Rest] ? Rest : never;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );
}
