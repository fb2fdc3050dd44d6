// The leaf pieces of Node's util.inspect: primitives, quoted strings, names, prefixes and the
// one-line "base" of functions, boxed primitives and errors. Read without calling getters.

/** Longest string shown inside a value before `... N more characters`, as Node's `maxStringLength`. */
export const MAX_STRING_LENGTH = 10_000;

/** Node's `formatPrimitive`: numbers, bigints, symbols, undefined, and quoted strings. */
export function formatPrimitive(value: unknown, indent = 0): string {
  if (typeof value === 'string') return formatString(value, indent);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  return String(value);
}

/** A string inside a value: quoted, cut after MAX_STRING_LENGTH, long multi-line text split. */
function formatString(value: string, indent: number): string {
  let trailer = '';
  let text = value;
  if (text.length > MAX_STRING_LENGTH) {
    const remaining = text.length - MAX_STRING_LENGTH;
    text = text.slice(0, MAX_STRING_LENGTH);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // As Node: a long string is split after its line breaks, one quoted piece per line.
  if (text.length > 16 && text.length > 80 - indent - 4) {
    const lines = text.split(/(?<=\n)/);
    return lines.map(quote).join(` +\n${' '.repeat(indent + 2)}`) + trailer;
  }
  return quote(text) + trailer;
}

/** Quotes a string like Node: single quotes unless the text contains them. */
export function quote(text: string): string {
  const mark = !text.includes("'")
    ? "'"
    : !text.includes('"')
      ? '"'
      : !text.includes('`') && !text.includes('${')
        ? '`'
        : "'";
  const escaped = text.replace(ESCAPED, escapeChar);
  return `${mark}${mark === "'" ? escaped.replaceAll("'", "\\'") : escaped}${mark}`;
}

/** A property name: bare when it is an identifier, quoted otherwise, bracketed when hidden. */
export function formatKey(key: string | symbol, enumerable: boolean): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (key === '__proto__') return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key) ? key : quote(key);
}

/** Node's `getConstructorName`: the first `constructor` own data property up the chain, or null. */
export function constructorOf(value: object): string | null {
  let proto: object | null = value;
  let first: object | null | undefined;
  while (proto !== null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const ctor: unknown = descriptor?.value;
    if (typeof ctor === 'function' && ctor.name !== '' && isInstance(value, ctor)) {
      return String(ctor.name);
    }
    proto = Object.getPrototypeOf(proto) as object | null;
    first ??= proto;
  }
  return first === null ? null : 'Object';
}

/** `Symbol.toStringTag` when inherited (an own enumerable tag is printed as a key instead). */
export function tagOf(value: object): string {
  const tag: unknown = Reflect.get(value, Symbol.toStringTag);
  if (typeof tag !== 'string' || tag === '') return '';
  return Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag) ? '' : tag;
}

/** Node's `getPrefix`: `Foo(2) [tag] `, or `[Array(2): null prototype] `. */
export function prefixOf(
  constructor: string | null,
  tag: string,
  fallback: string,
  size = '',
): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

/** Node's `getFunctionBase`: `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A extends B]`. */
export function functionBase(value: Function, constructor: string | null, tag: string): string {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) return classBase(value, constructor, tag);
  const type = `${ASYNC_KINDS.has(Object.getPrototypeOf(value)) ? 'Async' : ''}${
    GENERATOR_KINDS.has(Object.getPrototypeOf(value)) ? 'Generator' : ''
  }Function`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name: unknown = Reflect.get(value, 'name');
  base += name === '' ? ' (anonymous)' : `: ${String(name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

/** Node's `getBoxedBase` for `new String('ab')` and friends, or undefined for other objects. */
export function boxedBase(value: object, constructor: string | null, tag: string) {
  const boxed = unbox(value);
  if (!boxed) return undefined;
  let base = `[${boxed.type}`;
  if (boxed.type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(boxed.primitive)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return { base, type: boxed.type, primitive: boxed.primitive };
}

/** An error as its first stack line would read: `TypeError: bad`. */
export function errorBase(error: Error): string {
  const name: unknown = Reflect.get(error, 'name');
  const message: unknown = Reflect.get(error, 'message');
  const shownName = name == null ? 'Error' : String(name);
  return message ? `${shownName}: ${String(message)}` : shownName;
}

/** True for the `arguments` object of a function call. */
export function isArguments(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Arguments]' && tagOf(value) === '';
}

/** `... 3 more items`. */
export function moreItems(count: number): string {
  return `... ${count} more item${count === 1 ? '' : 's'}`;
}

// --- Internal helpers ---

const ASYNC_KINDS = new Set<unknown>(
  [async () => {}, async function* () {}].map((fn) => Object.getPrototypeOf(fn)),
);
const GENERATOR_KINDS = new Set<unknown>(
  [function* () {}, async function* () {}].map((fn) => Object.getPrototypeOf(fn)),
);

function isInstance(value: object, ctor: Function): boolean {
  try {
    return value instanceof ctor;
  } catch {
    return false;
  }
}

function classBase(value: Function, constructor: string | null, tag: string): string {
  const name = (Object.hasOwn(value, 'name') && (Reflect.get(value, 'name') as unknown)) || '';
  let base = `class ${typeof name === 'string' && name ? name : '(anonymous)'}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName: unknown = Reflect.get(Object.getPrototypeOf(value) as object, 'name');
    if (superName) base += ` extends ${String(superName)}`;
  } else base += ' extends [null prototype]';
  return `[${base}]`;
}

type Boxed = { type: 'String' | 'Number' | 'Boolean' | 'BigInt' | 'Symbol'; primitive: unknown };

/** The primitive inside a boxed value, found by brand checks (valueOf throws on anything else). */
function unbox(value: object): Boxed | undefined {
  const kinds = [
    ['String', String.prototype.valueOf],
    ['Number', Number.prototype.valueOf],
    ['Boolean', Boolean.prototype.valueOf],
    ['BigInt', BigInt.prototype.valueOf],
    ['Symbol', Symbol.prototype.valueOf],
  ] as const;
  for (const [type, valueOf] of kinds) {
    try {
      return { type, primitive: (valueOf as (this: unknown) => unknown).call(value) };
    } catch {
      // not this kind
    }
  }
  return undefined;
}

/** What Node escapes: control characters, backslashes, and surrogates that are not in a pair. */
const ESCAPED =
  /[\\\x00-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (NAMED_ESCAPES[char]) return NAMED_ESCAPES[char];
  if (code >= 0xd800) return `\\u${code.toString(16)}`;
  return `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`;
}
