// `npm run check`, second half: every TypeScript example in content/ type-checks against the libraries.
import { contentExamples } from '../src/site/content-examples.ts';
import { exampleTypeErrors } from '../src/site/typecheck-examples.ts';

const examples = contentExamples();
const errors = exampleTypeErrors(examples);
for (const error of errors) console.error(error);
const checked = examples.filter((example) => example.lang === 'ts').length;
console.log(
  `examples: ${checked} TypeScript examples checked, ${errors.length} error${errors.length === 1 ? '' : 's'}`,
);
process.exitCode = errors.length ? 1 : 0;
