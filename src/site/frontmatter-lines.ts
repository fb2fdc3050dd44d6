// Where a frontmatter field sits: file lines of YAML nodes, read from the `yaml` Document's ranges.
import { isMap, isScalar, LineCounter, type Document } from 'yaml';

/** File line (1-based) of the field at `path`, or of its key when `key` is set; undefined when absent. */
export type FieldLine = (
  path: readonly PropertyKey[],
  options?: { key?: boolean },
) => number | undefined;

/** The frontmatter's YAML starts on file line 2, after the opening `---`. */
export const YAML_FIRST_LINE = 2;

/** A LineCounter to pass to `parseDocument`, and the file line of an offset in the YAML text. */
export function yamlLines(): { counter: LineCounter; fileLine: (offset: number) => number } {
  const counter = new LineCounter();
  return {
    counter,
    fileLine: (offset) => counter.linePos(offset).line + YAML_FIRST_LINE - 1,
  };
}

/** Maps a zod issue path to the line of its YAML node (the key for a field that should not be there). */
export function fieldLines(document: Document, fileLine: (offset: number) => number): FieldLine {
  return (path, options = {}) => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const name = path.at(-1);
    if (options.key && isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      return range ? fileLine(range[0]) : undefined;
    }
    const node = path.length === 0 ? document.contents : document.getIn(path, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? fileLine(range[0]) : undefined;
  };
}
