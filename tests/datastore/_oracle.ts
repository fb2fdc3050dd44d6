// A naive reference implementation of query selection, filters and orders, written apart from the library.

/** A query as plain data, for the oracle and for random query generation. */
export interface QuerySpec {
  key: string;
  filters: [string, string, unknown][];
  orders: string[];
  offset: number;
  limit: number | undefined;
  offsetKey?: string | undefined;
}

/** The collection of a normalised key string: its parent plus the type of its last segment. */
export function collectionOf(key: string): string {
  const parts = key.split('/').filter(Boolean);
  const last = parts.pop() ?? '';
  const type = last.includes(':') ? last.slice(0, last.indexOf(':')) : '';
  if (type !== '') parts.push(type);
  return `/${parts.join('/')}`;
}

const RANK = (v: unknown): number =>
  v == null
    ? 0
    : typeof v === 'boolean'
      ? 1
      : typeof v === 'number' || typeof v === 'bigint'
        ? 2
        : typeof v === 'string'
          ? 3
          : v instanceof Date
            ? 4
            : 5;

function sortValue(a: unknown, b: unknown): number {
  const r = RANK(a) - RANK(b);
  if (r !== 0) return Math.sign(r);
  if (a == null || RANK(a) === 5) return 0;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? (b as Date).getTime() : b;
  return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
}

function passes(field: unknown, op: string, value: unknown): boolean {
  const eq = field == null ? value == null : field === value;
  if (op === '=') return eq;
  if (op === '!=') return !eq;
  const comparable =
    typeof field === typeof value &&
    ['number', 'bigint', 'string'].includes(typeof field) &&
    !Number.isNaN(field) &&
    !Number.isNaN(value);
  if (!comparable) return false;
  const f = field as number;
  const v = value as number;
  return op === '<' ? f < v : op === '<=' ? f <= v : op === '>' ? f > v : f >= v;
}

/**
 * The expected query results over `entries` (in the store's native order: key order or insertion order).
 */
export function oracle(entries: [string, unknown][], spec: QuerySpec, keyOrder = true): unknown[] {
  let rows = entries.filter(([k]) => collectionOf(k) === spec.key);
  if (keyOrder) rows = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (spec.offsetKey !== undefined) {
    const after = spec.offsetKey;
    const at = rows.findIndex(([k]) => k === after);
    rows = !keyOrder && at >= 0 ? rows.slice(at + 1) : rows.filter(([k]) => k > after);
  }
  const get = (v: unknown, f: string) =>
    v == null ? undefined : (v as Record<string, unknown>)[f];
  rows = rows.filter(([, v]) => spec.filters.every(([f, op, x]) => passes(get(v, f), op, x)));
  const decorated = rows.map((row, i) => ({ row, i }));
  decorated.sort((a, b) => {
    for (const o of spec.orders) {
      const desc = o.startsWith('-');
      const field = o.replace(/^[+-]/, '');
      const c = sortValue(get(a.row[1], field), get(b.row[1], field));
      if (c !== 0) return desc ? -c : c;
    }
    return a.i - b.i;
  });
  const sorted = decorated.map((d) => d.row[1]);
  const end = spec.limit === undefined ? undefined : spec.offset + spec.limit;
  return sorted.slice(spec.offset, end);
}
