// Node-like, deterministic formatting of console arguments, shared by the build and the browser.
import { groupArrayElements } from './_group-array.ts';

/** Maximum nesting shown before objects collapse to `[Object]`, as in Node's default depth 2. */
export const MAX_DEPTH = 2;
/** Line width above which collections break over several lines, as Node's `breakLength`. */
export const BREAK_LENGTH = 80;
/** Array and collection entries shown before `... N more items`, as Node's `maxArrayLength`. */
export const MAX_ITEMS = 100;

/** Formats console arguments like Node: strings as they are, other values inspected, joined by a space. */
export function formatArgs(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : formatValue(arg))).join(' ');
}

/** Formats one value like Node's `util.inspect` (a deterministic subset). */
export function formatValue(value: unknown): string {
  return new Formatter().format(value, 0, 0);
}

// --- Internal helpers ---

type Braces = [open: string, close: string];

class Formatter {
  private readonly seen: object[] = [];
  /** Depth of the non-empty collection formatted last (Node's `ctx.currentDepth`). */
  private currentDepth = 0;

  format(value: unknown, depth: number, indent: number): string {
    if (typeof value === 'object' && value !== null) return this.formatObject(value, depth, indent);
    if (typeof value === 'function') return formatFunction(value);
    return formatPrimitive(value);
  }

  private formatObject(value: object, depth: number, indent: number): string {
    const custom = this.customInspect(value, depth, indent);
    if (custom !== undefined) return custom;
    const simple = formatSimpleObject(value, depth);
    if (simple !== undefined) return simple;
    if (this.seen.includes(value)) return '[Circular]';
    if (depth > MAX_DEPTH && !isEmpty(value)) {
      return `[${Array.isArray(value) ? 'Array' : constructorName(value) || 'Object'}]`;
    }
    this.seen.push(value);
    if (!isEmpty(value)) this.currentDepth = depth;
    try {
      const { prefix, braces, entries } = this.formatEntries(value, depth, indent);
      return this.combine(prefix, braces, entries, depth, indent, arrayItems(value));
    } finally {
      this.seen.pop();
    }
  }

  /** A value's own `[Symbol.for('nodejs.util.inspect.custom')]`, honoured as Node does. */
  private customInspect(value: object, depth: number, indent: number): string | undefined {
    const method: unknown = Reflect.get(value, INSPECT_CUSTOM);
    if (typeof method !== 'function') return undefined;
    const inspect = (inner: unknown) => formatValue(inner);
    const result: unknown = method.call(value, MAX_DEPTH - depth, {}, inspect);
    if (result === value) return undefined;
    return typeof result === 'string' ? result : this.format(result, depth, indent);
  }

  private formatEntries(value: object, depth: number, indent: number): Parts {
    const inner = (v: unknown) => this.format(v, depth + 1, indent + 2);
    if (Array.isArray(value))
      return { prefix: '', braces: ['[', ']'], entries: arrayEntries(value, inner) };
    if (value instanceof Map) {
      const entries = [...value].map(([k, v]) => `${inner(k)} => ${inner(v)}`);
      return {
        prefix: `Map(${value.size})`,
        braces: ['{', '}'],
        entries: limit(entries, value.size),
      };
    }
    if (value instanceof Set) {
      const entries = limit([...value].map(inner), value.size);
      return { prefix: `Set(${value.size})`, braces: ['{', '}'], entries };
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const items = Array.from(value as unknown as ArrayLike<unknown>);
      const prefix = `${constructorName(value)}(${items.length})`;
      return { prefix, braces: ['[', ']'], entries: limit(items.map(inner), items.length) };
    }
    return {
      prefix: objectPrefix(value),
      braces: ['{', '}'],
      entries: this.propertyEntries(value, inner),
    };
  }

  /** Node's `reduceToSingleString`: one line when short and shallow, else one entry (or row) per line. */
  private combine(
    prefix: string,
    [open, close]: Braces,
    entries: string[],
    depth: number,
    indent: number,
    array?: readonly unknown[],
  ): string {
    const head = prefix ? `${prefix} ${open}` : open;
    if (entries.length === 0) return `${head}${close}`;
    let output = entries;
    if (array && entries.length > 6)
      output = groupArrayElements(entries, array, { indent, ...LAYOUT });
    if (this.currentDepth - depth < COMPACT && output === entries) {
      const start = output.length + indent + head.length + 10;
      const width = output.reduce((sum, entry) => sum + entry.length, start + output.length);
      const single = output.join(', ');
      if (width <= BREAK_LENGTH && !single.includes('\n')) return `${head} ${single} ${close}`;
    }
    const pad = ' '.repeat(indent + 2);
    return `${head}\n${pad}${output.join(`,\n${pad}`)}\n${' '.repeat(indent)}${close}`;
  }

  private propertyEntries(value: object, inner: (v: unknown) => string): string[] {
    return ownEnumerableKeys(value).map((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      const shown =
        descriptor && !('value' in descriptor)
          ? accessorLabel(descriptor)
          : inner(descriptor?.value);
      return `${formatKey(key)}: ${shown}`;
    });
  }
}

interface Parts {
  prefix: string;
  braces: Braces;
  entries: string[];
}

const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/** Node's `compact: 3`: an object holding three or more levels of nesting is never on one line. */
const COMPACT = 3;
const LAYOUT = { breakLength: BREAK_LENGTH, maxItems: MAX_ITEMS, compact: COMPACT };

function ownEnumerableKeys(value: object): (string | symbol)[] {
  const symbols = Object.getOwnPropertySymbols(value).filter(
    (symbol) => Object.getOwnPropertyDescriptor(value, symbol)?.enumerable,
  );
  return [...Object.keys(value), ...symbols];
}

/** The items of an array or typed array (Node groups both), else undefined. */
function arrayItems(value: object): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<unknown>);
  }
  return undefined;
}

function isEmpty(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map || value instanceof Set) return value.size === 0;
  return ownEnumerableKeys(value).length === 0;
}

function formatPrimitive(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  return String(value);
}

function formatFunction(value: Function): string {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class'))
    return value.name ? `[class ${value.name}]` : '[class (anonymous)]';
  const kind = constructorName(value) || 'Function';
  return value.name ? `[${kind}: ${value.name}]` : `[${kind} (anonymous)]`;
}

/** Objects whose text does not depend on their entries (dates, errors, promises...). */
function formatSimpleObject(value: object, depth: number): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Error) {
    const text = value.message ? `${value.name}: ${value.message}` : value.name;
    return depth === 0 ? text : `[${text}]`;
  }
  if (value instanceof Promise) return '[Promise]';
  if (value instanceof WeakMap || value instanceof WeakSet) {
    return `${constructorName(value)} { <items unknown> }`;
  }
  return undefined;
}

function arrayEntries(value: readonly unknown[], inner: (v: unknown) => string): string[] {
  const entries: string[] = [];
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) entries.push(`<${holes} empty item${holes === 1 ? '' : 's'}>`);
    holes = 0;
  };
  const shown = Math.min(value.length, MAX_ITEMS);
  for (let i = 0; i < shown; i++) {
    if (i in value) {
      flushHoles();
      entries.push(inner(value[i]));
    } else holes++;
  }
  flushHoles();
  return value.length > MAX_ITEMS ? [...entries, moreItems(value.length - MAX_ITEMS)] : entries;
}

function limit(entries: string[], size: number): string[] {
  return size > MAX_ITEMS ? [...entries.slice(0, MAX_ITEMS), moreItems(size - MAX_ITEMS)] : entries;
}

function moreItems(count: number): string {
  return `... ${count} more item${count === 1 ? '' : 's'}`;
}

function objectPrefix(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return '[Object: null prototype]';
  const name = constructorName(value);
  return name === 'Object' ? '' : name;
}

function constructorName(value: object): string {
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' ? ctor.name : '';
}

function accessorLabel(descriptor: PropertyDescriptor): string {
  if (descriptor.get && descriptor.set) return '[Getter/Setter]';
  return descriptor.get ? '[Getter]' : '[Setter]';
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (key === '__proto__') return "['__proto__']";
  return /^[A-Za-z_][A-Za-z_0-9]*$/.test(key) ? key : quote(key);
}

/** Quotes a string like Node: single quotes unless the text contains them. */
function quote(text: string): string {
  const mark = !text.includes("'")
    ? "'"
    : !text.includes('"')
      ? '"'
      : !text.includes('`')
        ? '`'
        : "'";
  const escaped = text.replace(/[\\\n\r\t\b\f\v]|[\x00-\x1f\x7f]/g, escapeChar);
  return `${mark}${mark === "'" ? escaped.replaceAll("'", "\\'") : escaped}${mark}`;
}

function escapeChar(char: string): string {
  const named: Record<string, string> = {
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
  };
  return named[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
}
