// Types for the `lazy-chunk:` imports of src/site/lazy-chunk.ts.
declare module 'lazy-chunk:*' {
  /** The URL of the module built as its own chunk. */
  const url: string;
  export default url;
}
