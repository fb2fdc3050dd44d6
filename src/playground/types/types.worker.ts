// The type service's worker: TypeScript's language service over the examples being edited and the
// packages' declarations, behind the calls of protocol.ts (through comlink). Created on first Edit.
import ts from 'typescript';
import { expose } from 'comlink';
import TYPE_FILES from 'virtual:example-types';
import { ExampleTypeService } from './example-service.ts';
import type { TypeServiceApi } from './protocol.ts';

let service: ExampleTypeService | undefined;

// Exposed before the heavy work, so the editor's first calls queue up instead of being lost.
const loading = new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
  service = new ExampleTypeService(ts, TYPE_FILES);
  warmUp(service);
});

const api: TypeServiceApi = {
  ready: () => loading,
  open: (id, lang, setup, code) => service?.open(id, lang, setup, code),
  update: (id, code) => service?.update(id, code),
  close: (id) => service?.close(id),
  diagnostics: (id) => service?.diagnostics(id) ?? [],
  completions: async (id, pos, explicit) => (await service?.completions(id, pos, explicit)) ?? null,
  hover: (id, pos) => service?.hover(id, pos) ?? null,
};
expose(api);

/** Checks a file importing every package once, so the reader's first request finds the
 * declarations parsed and bound. */
function warmUp(target: ExampleTypeService): void {
  const imports = Object.keys(TYPE_FILES.paths)
    .map((name, i) => `import * as m${i} from '${name}';\nvoid m${i};`)
    .join('\n');
  target.open('warm-up', 'ts', undefined, imports);
  target.diagnostics('warm-up');
}
