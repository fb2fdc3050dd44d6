// Integer and Float attributes: numbers, with numeric strings coerced and booleans refused.
import { Attribute } from './attribute.ts';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A whole number in the safe-integer range. Fractions are truncated toward zero; numeric strings
 * and bigints are converted; booleans, NaN and infinities are refused.
 * @example new IntegerAttribute().coerce('-3.9') // -3
 */
export class IntegerAttribute extends Attribute<number | null> {
  readonly kind = 'integer';

  protected coerceValue(value: unknown, label: string): number {
    const n = toNumber(value);
    if (n === undefined) return this.refuse(value, label);
    const whole = Math.trunc(n) + 0; // + 0 turns -0 into 0
    if (!Number.isSafeInteger(whole))
      return this.refuse(value, label, 'outside the safe-integer range');
    return whole;
  }
}

/**
 * A finite number. Numeric strings and bigints are converted; booleans, NaN and infinities refused.
 * @example new FloatAttribute().coerce('2.5') // 2.5
 */
export class FloatAttribute extends Attribute<number | null> {
  readonly kind = 'float';

  protected coerceValue(value: unknown, label: string): number {
    const n = toNumber(value);
    if (n === undefined) return this.refuse(value, label);
    return n + 0;
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && NUMERIC.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
