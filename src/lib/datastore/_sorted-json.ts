// Internal: JSON text with object keys in code-unit order at every depth (JS objects list integer keys first).

/**
 * Like `JSON.stringify(value, null, indent)`, but every object's keys are written sorted, class
 * instances included. Throws what JSON.stringify throws (bigints, cycles); undefined for undefined.
 */
export function sortedJson(value: unknown, indent: number): string | undefined {
  return write('', value, ' '.repeat(indent), '', []);
}

function write(
  key: string,
  input: unknown,
  step: string,
  pad: string,
  stack: object[],
): string | undefined {
  let value = input;
  if (hasToJSON(value)) value = value.toJSON(key);
  if (value === null || typeof value !== 'object' || isBoxed(value)) {
    return JSON.stringify(value); // primitives; undefined for functions, symbols and undefined
  }
  if (stack.includes(value)) throw new TypeError('Converting circular structure to JSON');
  stack.push(value);
  const inner = pad + step;
  const parts = Array.isArray(value)
    ? value.map((v, i) => write(String(i), v, step, inner, stack) ?? 'null')
    : objectParts(value, step, inner, stack);
  stack.pop();
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (parts.length === 0) return open + close;
  return `${open}\n${inner}${parts.join(`,\n${inner}`)}\n${pad}${close}`;
}

function objectParts(obj: object, step: string, inner: string, stack: object[]): string[] {
  const record = obj as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(record).sort()) {
    const text = write(k, record[k], step, inner, stack);
    if (text !== undefined) parts.push(`${JSON.stringify(k)}: ${text}`);
  }
  return parts;
}

function hasToJSON(v: unknown): v is { toJSON(key: string): unknown } {
  return (
    (typeof v === 'object' || typeof v === 'function' || typeof v === 'bigint') &&
    v !== null &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  );
}

function isBoxed(v: object): boolean {
  return v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt;
}
