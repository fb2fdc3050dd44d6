// A port of the structure of Node's util.inspect (formatValue, formatRaw, reduceToSingleString)
// for the values a browser can see, without colours and with an output budget.
import { groupArrayElements } from './_group-array.ts';
import * as parts from './_inspect-parts.ts';

/** What a promise held when it was logged (a browser cannot read it synchronously, Node can). */
export type PromiseState =
  | { state: 'pending' }
  | { state: 'fulfilled'; value: unknown }
  | { state: 'rejected'; value: unknown };

/** Options of one formatting. */
export interface InspectOptions {
  /** Stop formatting once about this many characters are produced (the caller cuts the text). */
  maxChars?: number;
  /** Nesting shown before `[Object]` (Node's `depth`, default 2). */
  depth?: number;
  /** Also show non-enumerable own properties, as Node's `%o` does. */
  showHidden?: boolean;
  /** The state of a promise, when known; unknown promises print as `<pending>`. */
  promiseState?: (promise: Promise<unknown>) => PromiseState | undefined;
  /** Called with each promise met whose state was unknown. */
  onUnknownPromise?: (promise: Promise<unknown>) => void;
}

/** One `util.inspect` call: formats a value, remembering cycles and what it has spent. */
export class Inspector {
  private readonly seen: object[] = [];
  private circular: Map<object, number> | undefined;
  /** Depth of the collection formatted last (Node's `ctx.currentDepth`). */
  private currentDepth = 0;
  /** Characters of leaf text produced: a lower bound of the output's length. */
  private spent = 0;
  private readonly depth: number;
  private readonly maxChars: number;

  constructor(private readonly options: InspectOptions = {}) {
    this.depth = options.depth ?? 2;
    this.maxChars = options.maxChars ?? Infinity;
  }

  inspect(value: unknown): string {
    return this.format(value, 0, 0);
  }

  /** True once the output is certainly longer than `maxChars`: every loop stops early. */
  private get exhausted(): boolean {
    return this.spent > this.maxChars;
  }

  private charge(text: string): string {
    this.spent += text.length;
    return text;
  }

  private format(value: unknown, recurseTimes: number, indent: number): string {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return this.charge(parts.formatPrimitive(value, indent));
    }
    if (value === null) return this.charge('null');
    const custom = this.customInspect(value, recurseTimes, indent);
    if (custom !== undefined) return custom;
    if (this.seen.includes(value)) return this.charge(`[Circular *${this.circularIndex(value)}]`);
    return this.formatRaw(value, recurseTimes, indent);
  }

  /** A value's own `[Symbol.for('nodejs.util.inspect.custom')]`, honoured as Node does. */
  private customInspect(value: object, recurseTimes: number, indent: number) {
    const method: unknown = Reflect.get(value, INSPECT_CUSTOM);
    if (typeof method !== 'function') return undefined;
    const ctor: unknown = Reflect.get(value, 'constructor');
    if (typeof ctor === 'function' && Reflect.get(ctor, 'prototype') === value) return undefined;
    const inspect = (inner: unknown) => new Inspector(this.options).inspect(inner);
    const result: unknown = method.call(value, this.depth - recurseTimes, {}, inspect);
    if (result === value) return undefined;
    if (typeof result !== 'string') return this.format(result, recurseTimes, indent);
    return this.charge(result.replaceAll('\n', `\n${' '.repeat(indent)}`));
  }

  private circularIndex(value: object): number {
    this.circular ??= new Map();
    let index = this.circular.get(value);
    if (index === undefined) {
      index = this.circular.size + 1;
      this.circular.set(value, index);
    }
    return index;
  }

  /** Node's `formatRaw`: decide the shape (base, braces, entries), then lay it out. */
  private formatRaw(value: object, recurseTimes: number, indent: number): string {
    const shape = this.shapeOf(value, recurseTimes, indent);
    if (typeof shape === 'string') return this.charge(shape);
    if (recurseTimes > this.depth) {
      const name = parts.prefixOf(shape.constructor, shape.tag, 'Object').slice(0, -1);
      return this.charge(shape.constructor === null ? name : `[${name}]`);
    }
    const inner = recurseTimes + 1;
    this.seen.push(value);
    this.currentDepth = inner;
    let output: string[];
    try {
      output = shape.entries(inner, indent);
      for (const key of shape.keys) {
        if (this.exhausted) break;
        output.push(this.formatProperty(value, key, inner, indent));
      }
    } finally {
      this.seen.pop();
    }
    let base = this.charge(shape.base);
    const reference = this.circular?.get(value);
    if (reference !== undefined)
      base = base ? `<ref *${reference}> ${base}` : `<ref *${reference}>`;
    this.charge(shape.braces[0]);
    return this.reduceToSingleString(output, base, shape, inner, indent);
  }

  /** What kind of object `value` is, as Node's formatRaw sorts it; a string when it is final. */
  private shapeOf(value: object, recurseTimes: number, indent: number): Shape | string {
    const showHidden = this.options.showHidden ?? false;
    const constructor = parts.constructorOf(value);
    const tag = parts.tagOf(value);
    const shape: Shape = {
      constructor,
      tag,
      base: '',
      braces: ['{', '}'],
      keys: [],
      arrayLike: undefined,
      entries: () => [],
    };
    if (Array.isArray(value)) {
      const prefix =
        constructor !== 'Array' || tag !== ''
          ? parts.prefixOf(constructor, tag, 'Array', `(${value.length})`)
          : '';
      shape.keys = nonIndexKeys(value, showHidden);
      shape.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && shape.keys.length === 0) return `${shape.braces[0]}]`;
      shape.arrayLike = value;
      shape.entries = (inner, at) => this.arrayEntries(value, inner, at);
      return shape;
    }
    if (value instanceof Set || value instanceof Map) {
      const kind = value instanceof Set ? 'Set' : 'Map';
      const prefix = parts.prefixOf(constructor, tag, kind, `(${value.size})`);
      shape.keys = ownKeys(value, showHidden);
      if (value.size === 0 && shape.keys.length === 0) return `${prefix}{}`;
      shape.braces = [`${prefix}{`, '}'];
      shape.entries = (inner, at) => this.collectionEntries(value, inner, at);
      return shape;
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const typed = value as unknown as ArrayLike<number | bigint> & object;
      const prefix = parts.prefixOf(constructor, tag, typedArrayName(value), `(${typed.length})`);
      shape.keys = nonIndexKeys(typed, showHidden);
      shape.braces = [`${prefix}[`, ']'];
      if (typed.length === 0 && shape.keys.length === 0) return `${shape.braces[0]}]`;
      shape.arrayLike = typed;
      shape.entries = () => this.typedEntries(typed);
      return shape;
    }
    shape.keys = ownKeys(value, showHidden);
    return this.plainShape(value, shape, recurseTimes, indent);
  }

  /** The objects without iteration: functions, plain objects, dates, errors, promises... */
  private plainShape(value: object, shape: Shape, recurseTimes: number, indent: number) {
    const { constructor, tag, keys } = shape;
    const only = (text: string) => (keys.length === 0 ? text : undefined);
    if (typeof value === 'function') {
      shape.base = parts.functionBase(value, constructor, tag);
      return only(shape.base) ?? shape;
    }
    if (constructor === 'Object' && parts.isArguments(value)) {
      shape.braces[0] = '[Arguments] {';
      return only('[Arguments] {}') ?? shape;
    }
    if (constructor === 'Object') {
      if (tag !== '') shape.braces[0] = `${parts.prefixOf(constructor, tag, 'Object')}{`;
      return only(`${shape.braces[0]}}`) ?? shape;
    }
    if (value instanceof RegExp || value instanceof Date) {
      const fallback = value instanceof RegExp ? 'RegExp' : 'Date';
      const prefix = parts.prefixOf(constructor, tag, fallback);
      shape.base = simpleBase(value);
      if (prefix !== `${fallback} `) shape.base = `${prefix}${shape.base}`;
      if (value instanceof RegExp && recurseTimes > this.depth) return shape.base;
      return only(shape.base) ?? shape;
    }
    if (value instanceof Error) {
      this.errorKeys(value, keys);
      const text = parts.errorBase(value);
      shape.base = recurseTimes === 0 && indent === 0 ? text : `[${text}]`;
      return only(shape.base) ?? shape;
    }
    if (value instanceof ArrayBuffer || value instanceof DataView) {
      const kind = value instanceof ArrayBuffer ? 'ArrayBuffer' : 'DataView';
      shape.braces[0] = `${parts.prefixOf(constructor, tag, kind)}{`;
      // As Node: the bytes (at most 100) and byteLength for a buffer; for a view, its window.
      if (value instanceof ArrayBuffer) shape.entries = () => [this.charge(bufferContents(value))];
      keys.unshift(
        ...(value instanceof ArrayBuffer ? ['byteLength'] : ['byteLength', 'byteOffset', 'buffer']),
      );
      return shape;
    }
    if (value instanceof Promise) {
      shape.braces[0] = `${parts.prefixOf(constructor, tag, 'Promise')}{`;
      shape.entries = (inner, at) => [this.promiseEntry(value, inner, at)];
      return shape;
    }
    if (value instanceof WeakMap || value instanceof WeakSet) {
      const kind = value instanceof WeakMap ? 'WeakMap' : 'WeakSet';
      shape.braces[0] = `${parts.prefixOf(constructor, tag, kind)}{`;
      shape.entries = () => ['<items unknown>'];
      return shape;
    }
    const boxed = parts.boxedBase(value, constructor, tag);
    if (boxed) {
      if (boxed.type === 'String') keys.splice(0, String(boxed.primitive).length);
      shape.base = boxed.base;
      return only(shape.base) ?? shape;
    }
    // A module namespace (`import * as ds`) has no prototype and the tag 'Module'.
    const fallback = constructor === null && tag === 'Module' ? 'Module' : 'Object';
    shape.braces[0] = `${parts.prefixOf(constructor, tag, fallback)}{`;
    return only(`${shape.braces[0]}}`) ?? shape;
  }

  /** Node's error keys: no duplicate of the first line, plus `cause` and `errors` when present. */
  private errorKeys(error: Error, keys: (string | symbol)[]): void {
    if (!this.options.showHidden) {
      const text = parts.errorBase(error);
      for (const name of ['name', 'message', 'stack']) {
        const at = keys.indexOf(name);
        if (at !== -1 && text.includes(String(Reflect.get(error, name)))) keys.splice(at, 1);
      }
    }
    if ('cause' in error && !keys.includes('cause')) keys.push('cause');
    if (Array.isArray(Reflect.get(error, 'errors')) && !keys.includes('errors'))
      keys.push('errors');
  }

  private promiseEntry(promise: Promise<unknown>, inner: number, indent: number): string {
    const known = this.options.promiseState?.(promise);
    if (!known) this.options.onUnknownPromise?.(promise);
    if (!known || known.state === 'pending') return this.charge('<pending>');
    const text = this.format(known.value, inner, indent + 2);
    return known.state === 'rejected' ? `<rejected> ${text}` : text;
  }

  /** Node's `formatArray` and `formatSpecialArray` (holes counted as one entry per run). */
  private arrayEntries(value: readonly unknown[], inner: number, indent: number): string[] {
    const output: string[] = [];
    const maxLength = Math.min(MAX_ITEMS, value.length);
    let index = 0;
    while (index < value.length && output.length < maxLength && !this.exhausted) {
      if (Object.hasOwn(value, index)) {
        output.push(this.format(value[index], inner, indent + 2));
        index++;
        continue;
      }
      const next = nextOwnIndex(value, index);
      const empty = next - index;
      output.push(this.charge(`<${empty} empty item${empty > 1 ? 's' : ''}>`));
      index = next;
    }
    const remaining = value.length - index;
    if (remaining > 0 && !this.exhausted) output.push(parts.moreItems(remaining));
    return output;
  }

  private collectionEntries(
    value: Set<unknown> | Map<unknown, unknown>,
    inner: number,
    at: number,
  ) {
    const output: string[] = [];
    for (const entry of value instanceof Set ? value.values() : value.entries()) {
      if (output.length >= MAX_ITEMS || this.exhausted) break;
      if (value instanceof Set) output.push(this.format(entry, inner, at + 2));
      else {
        const [key, item] = entry as [unknown, unknown];
        output.push(`${this.format(key, inner, at + 2)} => ${this.format(item, inner, at + 2)}`);
      }
    }
    if (value.size > MAX_ITEMS && !this.exhausted)
      output.push(parts.moreItems(value.size - MAX_ITEMS));
    return output;
  }

  private typedEntries(value: ArrayLike<number | bigint>): string[] {
    const shown = Math.min(MAX_ITEMS, value.length);
    const output: string[] = [];
    for (let i = 0; i < shown && !this.exhausted; i++) {
      output.push(this.charge(parts.formatPrimitive(value[i])));
    }
    if (value.length > shown) output.push(parts.moreItems(value.length - shown));
    return output;
  }

  /** Node's `formatProperty` for a key of an object (not an array index). */
  private formatProperty(value: object, key: string | symbol, inner: number, indent: number) {
    // A key that is not an own property (a buffer's byteLength) is read, and shown bracketed.
    const descriptor = Object.getOwnPropertyDescriptor(value, key) ?? {
      value: Reflect.get(value, key) as unknown,
      enumerable: false,
    };
    let shown: string;
    if (descriptor.value !== undefined) shown = this.format(descriptor.value, inner, indent + 2);
    else if (descriptor.get) shown = descriptor.set ? '[Getter/Setter]' : '[Getter]';
    else shown = descriptor.set ? '[Setter]' : 'undefined';
    return `${this.charge(parts.formatKey(key, descriptor.enumerable ?? false))}: ${shown}`;
  }

  /** Node's `reduceToSingleString` with `compact: 3`. */
  private reduceToSingleString(
    entries: string[],
    base: string,
    shape: Shape,
    recurseTimes: number,
    indent: number,
  ): string {
    const [open, close] = shape.braces;
    let output = entries;
    if (shape.arrayLike && entries.length > 6) {
      output = groupArrayElements(entries, shape.arrayLike, { indent, ...LAYOUT });
    }
    if (this.currentDepth - recurseTimes < COMPACT && output.length === entries.length) {
      const start = output.length + indent + open.length + base.length + 10;
      if (isBelowBreakLength(output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${open} ${joined} ${close}`;
      }
    }
    const indentation = `\n${' '.repeat(indent)}`;
    return `${base ? `${base} ` : ''}${open}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${close}`;
  }
}

// --- Internal helpers ---

const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');
const MAX_ITEMS = 100;
const BREAK_LENGTH = 80;
/** Node's `compact: 3`: an object holding three or more levels of nesting is never on one line. */
const COMPACT = 3;
const LAYOUT = { breakLength: BREAK_LENGTH, maxItems: MAX_ITEMS, compact: COMPACT };
/** Above this length the extra (non-index) keys of an array are not searched for: listing the
 * keys of a huge array would cost more than the whole output budget. */
const KEY_SCAN_LIMIT = 1 << 20;

interface Shape {
  constructor: string | null;
  tag: string;
  base: string;
  braces: [open: string, close: string];
  keys: (string | symbol)[];
  /** The items, for arrays and typed arrays (laid out in columns when many and short). */
  arrayLike: ArrayLike<unknown> | undefined;
  entries: (recurseTimes: number, indent: number) => string[];
}

function ownKeys(value: object, showHidden: boolean): (string | symbol)[] {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) return [...Object.getOwnPropertyNames(value), ...symbols];
  const keys: (string | symbol)[] = Object.keys(value);
  for (const symbol of symbols) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

/** The keys of an array or typed array that are not indices (`[ 1, 2, x: 1 ]`). */
function nonIndexKeys(value: ArrayLike<unknown> & object, showHidden: boolean) {
  if (value.length > KEY_SCAN_LIMIT) return [];
  return ownKeys(value, showHidden).filter(
    (key) =>
      typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= 2 ** 32 - 1,
  );
}

/** The next index at or after `from` that holds an item (or the length): a short scan, then
 * the array's own keys (cheap for a sparse array, whose keys are few). */
function nextOwnIndex(value: readonly unknown[], from: number): number {
  const end = Math.min(value.length, from + 1024);
  for (let index = from; index < end; index++) if (Object.hasOwn(value, index)) return index;
  if (end === value.length) return end;
  for (const key of Object.keys(value)) {
    const index = Number(key);
    if (/^(0|[1-9][0-9]*)$/.test(key) && index >= end && index < value.length) return index;
  }
  return value.length;
}

/** Node's `[Uint8Contents]: <00 01 ... 3 more bytes>`. */
function bufferContents(buffer: ArrayBuffer): string {
  if (buffer.detached) return '(detached)';
  const bytes = new Uint8Array(buffer, 0, Math.min(MAX_ITEMS, buffer.byteLength));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  const remaining = buffer.byteLength - MAX_ITEMS;
  const more = remaining > 0 ? ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}` : '';
  return `[Uint8Contents]: <${hex}${more}>`;
}

function typedArrayName(value: ArrayBufferView): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

function simpleBase(value: RegExp | Date): string {
  if (value instanceof RegExp) return RegExp.prototype.toString.call(value);
  return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}
