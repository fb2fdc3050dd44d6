// Each project's Hello World, as the docs show it: the first runnable example of its page.
import type { RunnableExample } from '../../src/markdown/plugins/runnable-fence.ts';
import { contentExamples } from '../../src/site/content-examples.ts';
import type { PackageName } from './_tarballs.ts';

/** The first `ts run` example of content/<name>/index.md, and the output the page promises. */
export function helloWorld(name: PackageName): RunnableExample {
  const example = contentExamples('content').find(
    (candidate) => candidate.file === `content/${name}/index.md` && candidate.lang === 'ts',
  );
  if (!example) throw new Error(`content/${name}/index.md has no \`\`\`ts run example`);
  return example;
}

/** The example as a module of the reader's project: hidden setup first, then the code. */
export function moduleSource(example: RunnableExample): string {
  return `${example.hiddenSetup ? `${example.hiddenSetup}\n` : ''}${example.code}\nexport {};\n`;
}
