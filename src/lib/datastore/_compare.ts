// Internal: the total order over field values used by orders, and the filter comparisons.

/** Reads `field` of a value; the default reads the property `value[field]`. */
export type GetField = (value: unknown, field: string) => unknown;

/** The default field reader: `value[field]`, or `undefined` for null and undefined values. */
export const defaultGetField: GetField = (value, field) =>
  value === null || value === undefined ? undefined : (value as Record<string, unknown>)[field];

// undefined/null, then booleans, then numbers and bigints, strings, Dates, then anything else.
function rank(v: unknown): number {
  if (v === undefined || v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
    default:
      return v instanceof Date ? 4 : 5;
  }
}

/** Compares two field values in the cross-type sort order: -1, 0 or 1. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 1:
    case 3:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 2:
      return compareNumeric(a as number | bigint, b as number | bigint);
    case 4:
      return compareNumeric((a as Date).getTime(), (b as Date).getTime());
    default:
      return 0;
  }
}

// NaN sorts before every other number so the order stays total.
function compareNumeric(a: number | bigint, b: number | bigint): number {
  const aNaN = a !== a;
  const bNaN = b !== b;
  if (aNaN || bNaN) return aNaN === bNaN ? 0 : aNaN ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strict equality where null and undefined are alike and Dates compare by time. */
export function looseNullEquals(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * Compares two values for an ordering operator, or returns undefined when they are not comparable:
 * two numbers, two bigints, two strings or two Dates; NaN is never comparable.
 */
export function compareForFilter(a: unknown, b: unknown): number | undefined {
  const ta = typeof a;
  if (ta !== typeof b) return undefined;
  if (ta === 'number') {
    if (a !== a || b !== b) return undefined;
    return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  }
  if (ta === 'bigint' || ta === 'string') {
    return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  }
  if (a instanceof Date && b instanceof Date) return compareForFilter(a.getTime(), b.getTime());
  return undefined;
}
