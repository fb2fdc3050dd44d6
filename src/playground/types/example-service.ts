// The editor's type service: a TypeScript language service over the examples being edited, the
// packages' declarations and TypeScript's lib files, all in a virtual file system. It runs in a
// worker (types.worker.ts) and, for tests, in Node; positions are the editor's (the visible code).
import type ts from 'typescript';
import {
  createSystem,
  createVirtualTypeScriptEnvironment,
  type VirtualTypeScriptEnvironment,
} from '@typescript/vfs';
import { getAutocompletion, getHover, getLints } from '@valtown/codemirror-ts/worker';
import { exampleCompilerOptions } from './compiler-options.ts';
import { ExampleFile } from './example-file.ts';
import type { TypeCompletions, TypeDiagnostic, TypeHover } from './protocol.ts';

/** What the service reads: virtual path → text, and package specifier → its declaration file. */
export interface ExampleTypeFiles {
  files: Record<string, string>;
  paths: Record<string, string>;
}

/** One language service for every example editor of a page, each example a file of its own. */
export class ExampleTypeService {
  private readonly env: VirtualTypeScriptEnvironment;
  private readonly examples = new Map<string, ExampleFile>();

  constructor(typescript: typeof ts, types: ExampleTypeFiles) {
    const options: ts.CompilerOptions = {
      ...exampleCompilerOptions(typescript),
      // JavaScript examples get completions and hovers; only TypeScript ones are type-checked.
      allowJs: true,
      paths: Object.fromEntries(Object.entries(types.paths).map(([name, file]) => [name, [file]])),
    };
    const system = createSystem(new Map(Object.entries(types.files)));
    this.env = createVirtualTypeScriptEnvironment(system, [], typescript, options);
  }

  /** Opens (or reopens) example `id` with its hidden setup and visible code. */
  open(id: string, lang: 'ts' | 'js', setup: string | undefined, code: string): void {
    const file = new ExampleFile(`/examples/${id}.${lang}`, setup);
    this.examples.set(id, file);
    this.write(file, code);
  }

  /** Replaces the visible code of example `id`. */
  update(id: string, code: string): void {
    const file = this.examples.get(id);
    if (file) this.write(file, code);
  }

  /** Forgets example `id`: its file leaves the program. */
  close(id: string): void {
    const file = this.examples.get(id);
    if (!file) return;
    this.examples.delete(id);
    this.env.deleteFile(file.path);
  }

  /** Errors and warnings in the visible code (none inside the hidden setup). */
  diagnostics(id: string): TypeDiagnostic[] {
    const file = this.examples.get(id);
    if (!file) return [];
    return getLints({ env: this.env, path: file.path, diagnosticCodesToIgnore: [] }).flatMap(
      (lint) => {
        const range = file.toVisibleRange(lint.from, lint.to);
        return range ? [{ ...range, message: lint.message, severity: lint.severity }] : [];
      },
    );
  }

  /** Completions at `pos` of the visible code. */
  async completions(id: string, pos: number, explicit: boolean): Promise<TypeCompletions | null> {
    const file = this.examples.get(id);
    if (!file) return null;
    const context = { pos: file.toService(pos), explicit };
    const result = await getAutocompletion({ env: this.env, path: file.path, context });
    if (!result) return null;
    const options = result.options.map(({ label, type, boost }) => ({
      label,
      ...(type === undefined ? {} : { type }),
      ...(boost === undefined ? {} : { boost }),
    }));
    return { from: file.toVisible(result.from), options };
  }

  /** The type (and documentation) of what is at `pos` of the visible code. */
  hover(id: string, pos: number): TypeHover | null {
    const file = this.examples.get(id);
    if (!file) return null;
    const info = getHover({ env: this.env, path: file.path, pos: file.toService(pos) });
    const range = info?.quickInfo && file.toVisibleRange(info.start, info.end);
    if (!info?.quickInfo || !range) return null;
    const text = (parts: readonly ts.SymbolDisplayPart[] | undefined) =>
      (parts ?? []).map((part) => part.text).join('');
    return {
      ...range,
      signature: text(info.quickInfo.displayParts),
      documentation: text(info.quickInfo.documentation),
    };
  }

  private write(file: ExampleFile, code: string): void {
    const text = file.serviceText(code);
    if (this.env.getSourceFile(file.path)) this.env.updateFile(file.path, text);
    else this.env.createFile(file.path, text);
  }
}
