// What the editor and the type service worker say to each other (through comlink): the calls the
// worker exposes and the plain, cloneable results, in editor positions.

/** A type error or warning of the visible code. */
export interface TypeDiagnostic {
  from: number;
  to: number;
  message: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

/** Completions replacing the text from `from` to the cursor. */
export interface TypeCompletions {
  from: number;
  options: { label: string; type?: string; boost?: number }[];
}

/** The type of what is between `from` and `to`, and its documentation. */
export interface TypeHover {
  from: number;
  to: number;
  signature: string;
  documentation: string;
}

/** The type service as the worker exposes it; `id` names one example editor of the page. */
export interface TypeServiceApi {
  /** Resolves once the service has loaded TypeScript and the packages' declarations. */
  ready(): Promise<void>;
  open(id: string, lang: 'ts' | 'js', setup: string | undefined, code: string): void;
  update(id: string, code: string): void;
  /** Forgets example `id` (its editor was closed). */
  close(id: string): void;
  diagnostics(id: string): TypeDiagnostic[];
  completions(id: string, pos: number, explicit: boolean): Promise<TypeCompletions | null>;
  hover(id: string, pos: number): TypeHover | null;
}
