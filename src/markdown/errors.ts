// Content errors: what went wrong, where (file and line), and how to fix it.

/** A problem in a content file that must fail the build. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly code = 'ERR_CONTENT';

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly hint: string,
    options?: ErrorOptions,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\nHint: ${hint}`, options);
  }
}
