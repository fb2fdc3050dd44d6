// The editor's type service, in Node over the same generated files the site serves: every
// unedited example shows no type error, and completions, hovers and errors land where typed.
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExampleTypeService } from '../../../src/playground/types/example-service.ts';
import { contentExamples } from '../../../src/site/content-examples.ts';
import { exampleTypeFiles } from '../../../src/site/example-types.ts';

const SETUP =
  "import { DictDatastore } from '@project-hub/datastore';\nconst ds = new DictDatastore<number>();";

let service: ExampleTypeService;
beforeAll(() => {
  service = new ExampleTypeService(ts, exampleTypeFiles());
}, 60_000);

describe('ExampleTypeService', () => {
  const examples = contentExamples().filter((example) => example.runtime !== 'node');

  it('finds the examples of the site', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it('reports no diagnostic for any unedited example of the site', () => {
    const found = examples.flatMap((example, i) => {
      service.open(`content-${i}`, example.lang, example.hiddenSetup, example.code);
      const diagnostics = service.diagnostics(`content-${i}`);
      return diagnostics.map((d) => `${example.file}:${example.line}: ${d.message}`);
    });
    expect(found).toEqual([]);
  });

  it("completes a store's methods after `ds.`, with `ds` from the hidden setup", async () => {
    service.open('complete', 'ts', SETUP, 'ds.');
    const result = await service.completions('complete', 3, false);
    expect(result?.from).toBe(3);
    expect(result?.options.map((option) => option.label)).toEqual(
      expect.arrayContaining(['get', 'put', 'query', 'delete', 'contains']),
    );
  });

  it('gives the type of an identifier, in visible positions', () => {
    service.open('hover', 'ts', SETUP, 'const value = await ds.get("/a");');
    const hover = service.hover('hover', 7);
    expect(hover).toMatchObject({ from: 6, to: 11, signature: 'const value: number | undefined' });
    expect(service.hover('hover', 23)?.signature).toBe(
      '(method) DictDatastore<number>.get(key: KeyLike): Promise<number | undefined>',
    );
  });

  it('marks a type error at its place in the visible code, naming the problem', () => {
    service.open('error', 'ts', SETUP, "const ok = 1;\nconst n: number = 'x';");
    expect(service.diagnostics('error')).toEqual([
      {
        from: 20,
        to: 21,
        message: "Type 'string' is not assignable to type 'number'.",
        severity: 'error',
      },
    ]);
    service.update('error', 'const ok = 1;\nconst n: number = 2;');
    expect(service.diagnostics('error')).toEqual([]);
  });

  it('forgets a closed example', () => {
    service.open('closed', 'ts', undefined, "const n: number = 'x';");
    expect(service.diagnostics('closed')).toHaveLength(1);
    service.close('closed');
    expect(service.diagnostics('closed')).toEqual([]);
    service.open('closed', 'ts', undefined, 'const n: number = 1;');
    expect(service.diagnostics('closed')).toEqual([]);
  });

  it('uses the libraries’ real signatures', () => {
    service.open('wrong-arg', 'ts', SETUP, "await ds.put('/a', 'not a number');");
    expect(service.diagnostics('wrong-arg').map((d) => d.message)).toEqual([
      "Argument of type 'string' is not assignable to parameter of type 'number'.",
    ]);
  });

  it('sees the worker globals examples run with, and not the DOM', () => {
    service.open('globals', 'ts', undefined, "setTimeout(() => {}, 1);\ndocument.title = 'x';");
    expect(service.diagnostics('globals').map((d) => d.message)).toEqual([
      expect.stringMatching(/^Cannot find name 'document'\./),
    ]);
  });

  it('does not type-check JavaScript examples, but completes them', async () => {
    service.open('js', 'js', SETUP.replace('<number>', ''), "const n = 1; n = 'x';\nds.");
    expect(service.diagnostics('js').filter((d) => d.severity === 'error')).toEqual([]);
    const result = await service.completions('js', 25, false);
    expect(result?.options.map((option) => option.label)).toContain('put');
  });
});
