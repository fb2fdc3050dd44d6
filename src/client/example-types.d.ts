// Types for the `virtual:example-types` module of src/site/example-types-module.ts.
declare module 'virtual:example-types' {
  const files: import('../playground/types/example-service.ts').ExampleTypeFiles;
  export default files;
}
