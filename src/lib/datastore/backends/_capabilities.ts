// Internal: what a backend says it can do, read by users and by the docs' capabilities table.

/** The capabilities a backend reports through its `capabilities` property. */
export interface Capabilities {
  /** `query` works (false: it rejects with NotSupportedError). */
  readonly query: boolean;
  /** Query results without orders come in ascending key order. */
  readonly keyOrder: boolean;
  /** `offsetKey` and `limit` are evaluated by the engine, not by reading and dropping values. */
  readonly pushdown: { readonly offsetKey: boolean; readonly limit: boolean };
  /** Values can expire (a `ttl` option). */
  readonly ttl: boolean;
  /** What a single write guarantees to readers. */
  readonly atomicity: string;
}
