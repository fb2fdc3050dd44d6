// Node's util.format: printf-style specifiers in a first string argument, then the other arguments.
import { Inspector, type InspectOptions } from './_inspector.ts';
import { formatPrimitive } from './_inspect-parts.ts';

/** `util.format(...args)`, stopping once the text passes `options.maxChars`. */
export function formatWithSpecifiers(args: readonly unknown[], options: InspectOptions): string {
  const out = new BoundedText(options.maxChars ?? Infinity);
  const inspect = (value: unknown, extra: InspectOptions = {}) =>
    new Inspector({ ...options, ...extra, maxChars: out.room }).inspect(value);
  const first = args[0];
  let next = 0;
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return out.add(first).text;
    next = 1;
    const consumed = expand(first, args, out, inspect);
    if (consumed !== undefined) {
      next = consumed;
      join = ' ';
    } else next = 0;
  }
  for (let a = next; a < args.length && !out.full; a++) {
    const value = args[a];
    out.add(join);
    out.add(typeof value === 'string' ? value : inspect(value));
    join = ' ';
  }
  return out.text;
}

// --- Internal helpers ---

type Inspect = (value: unknown, extra?: InspectOptions) => string;

/** Text that stops growing once past its limit (the caller cuts it to size). */
class BoundedText {
  text = '';
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.text.length > this.limit;
  }

  get room(): number {
    return Math.max(0, this.limit - this.text.length);
  }

  add(piece: string): this {
    if (!this.full) this.text += piece.length > this.room ? piece.slice(0, this.room + 1) : piece;
    return this;
  }
}

/**
 * Node's loop over the format string: appends the text with its specifiers replaced and returns
 * the index of the first argument not consumed, or undefined when the string held no specifier
 * (then it is printed like any other argument).
 */
function expand(
  format: string,
  args: readonly unknown[],
  out: BoundedText,
  inspect: Inspect,
): number | undefined {
  let a = 0;
  let lastPos = 0;
  for (let i = 0; i < format.length - 1 && !out.full; i++) {
    if (format.charCodeAt(i) !== 37) continue; // '%'
    const spec = format[++i] ?? '';
    if (a + 1 !== args.length) {
      if (spec === '%') {
        out.add(format.slice(lastPos, i));
        lastPos = i + 1;
        continue;
      }
      if (!(spec in SPECIFIERS)) continue;
      const text = SPECIFIERS[spec]!(args[++a], inspect);
      if (lastPos !== i - 1) out.add(format.slice(lastPos, i - 1));
      out.add(text);
      lastPos = i + 1;
    } else if (spec === '%') {
      out.add(format.slice(lastPos, i));
      lastPos = i + 1;
    }
  }
  if (lastPos === 0) return undefined;
  if (lastPos < format.length) out.add(format.slice(lastPos));
  return a + 1;
}

const SPECIFIERS: Readonly<Record<string, (arg: unknown, inspect: Inspect) => string>> = {
  s: (arg, inspect) => {
    if (typeof arg === 'number' || typeof arg === 'bigint') return formatPrimitive(arg);
    if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
    return inspect(arg, { depth: 0 });
  },
  d: (arg) => {
    if (typeof arg === 'bigint') return `${arg}n`;
    if (typeof arg === 'symbol') return 'NaN';
    return formatPrimitive(Number(arg));
  },
  i: (arg) => {
    if (typeof arg === 'bigint') return `${arg}n`;
    if (typeof arg === 'symbol') return 'NaN';
    return formatPrimitive(Number.parseInt(arg as string));
  },
  f: (arg) => (typeof arg === 'symbol' ? 'NaN' : formatPrimitive(Number.parseFloat(arg as string))),
  j: (arg) => tryStringify(arg),
  O: (arg, inspect) => inspect(arg),
  o: (arg, inspect) => inspect(arg, { showHidden: true, depth: 4 }),
  c: () => '',
};

/** Node's `%j`: JSON, or `[Circular]` for a cyclic value. */
function tryStringify(arg: unknown): string {
  try {
    return String(JSON.stringify(arg));
  } catch (error) {
    if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
    throw error;
  }
}

const DATE_TO_PRIMITIVE = Date.prototype[Symbol.toPrimitive];
const BUILT_IN_CONSTRUCTORS = new Set(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

/** Node's `hasBuiltInToString`: `%s` inspects an object unless it has its own way to a string. */
function hasBuiltInToString(value: object): boolean {
  const toPrimitive: unknown = Reflect.get(value, Symbol.toPrimitive);
  // A date's own conversion counts as built in: Node prints `%s` of a date as inspect does.
  if (typeof toPrimitive === 'function' && toPrimitive !== DATE_TO_PRIMITIVE) return false;
  if (typeof Reflect.get(value, 'toString') !== 'function') return true;
  if (Object.hasOwn(value, 'toString')) return false;
  let pointer: object | null = value;
  do {
    pointer = Object.getPrototypeOf(pointer) as object | null;
  } while (pointer !== null && !Object.hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  const ctor: unknown = descriptor?.value;
  return typeof ctor === 'function' && BUILT_IN_CONSTRUCTORS.has(ctor.name);
}
