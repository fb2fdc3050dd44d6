// Integer and Float attributes: numbers, with numeric strings coerced and booleans refused.
import { Attribute } from './attribute.ts';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A decimal with a fraction and no exponent: its whole part is read as text, before rounding. */
const DECIMAL = /^([+-]?\d+)\.\d*$/;

/**
 * A whole number in the safe-integer range. Fractions are truncated toward zero; numeric strings
 * and bigints are converted; booleans, NaN and infinities are refused.
 * @example new IntegerAttribute().coerce('-3.9') // -3
 */
export class IntegerAttribute extends Attribute<number | null> {
  readonly kind = 'integer';

  protected coerceValue(value: unknown, label: string): number {
    const n = toNumber(typeof value === 'string' ? wholePart(value.trim()) : value);
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

/** '9007199254740991.9' → '9007199254740991': truncated as text, as Number() would round up. */
function wholePart(text: string): string {
  return DECIMAL.exec(text)?.[1] ?? text;
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return finite(Number(value));
  if (typeof value === 'string' && NUMERIC.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
