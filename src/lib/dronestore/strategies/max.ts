// MaxStrategy: the greater value wins (null lowest; numbers, strings, dates within their type).
import { canonicalJson } from '../json.ts';
import type { AttributeData, MergeContext, MergeStrategy } from './strategy.ts';

/**
 * Takes the remote value when it is greater. Values of different kinds are ordered null <
 * booleans < numbers < strings < dates < anything else (by canonical JSON), so the order is total.
 * @example new IntegerAttribute({ strategy: MaxStrategy })
 */
export const MaxStrategy: MergeStrategy = Object.freeze<MergeStrategy>({
  name: 'MaxStrategy',
  merge(local: AttributeData, remote: AttributeData, context: MergeContext) {
    const a = context.attribute.fromData(local.value, context.name);
    const b = context.attribute.fromData(remote.value, context.name);
    const order = compareValues(b, a) || compareText(remote.value, local.value);
    const winner = order > 0 ? ('remote' as const) : ('local' as const);
    const [hi, lo] = order > 0 ? [remote.value, local.value] : [local.value, remote.value];
    return { winner, reason: `${winner} value is greater (${show(hi)} > ${show(lo)})` };
  },
});

/**
 * A total order on attribute values: null first, then booleans, numbers and bigints, strings,
 * Dates, and anything else by canonical JSON of its string form.
 * @example compareValues(2, 10) // -1
 */
export function compareValues(a: unknown, b: unknown): number {
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (ra === 0) return 0;
  if (ra === 4) return Math.sign((a as Date).getTime() - (b as Date).getTime());
  if (ra === 5) return compareText(String(a), String(b));
  const [x, y] = [a as number, b as number];
  return x < y ? -1 : x > y ? 1 : 0;
}

function rank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  return value instanceof Date ? 4 : 5;
}

function compareText(a: unknown, b: unknown): number {
  const [x, y] = [canonicalJson(a), canonicalJson(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function show(value: unknown): string {
  const text = canonicalJson(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
