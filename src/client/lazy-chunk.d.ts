// Types for the `lazy-chunk:` and `after-paint-chunk:` imports of src/site/lazy-chunk.ts.
declare module 'lazy-chunk:*' {
  /** The URL of the module built as its own chunk. */
  const url: string;
  export default url;
}
declare module 'after-paint-chunk:*' {
  /** The URL of the module built as its own chunk, loaded after the first paint. */
  const url: string;
  export default url;
}
