// Boolean attribute: true/false, also from 'true'/'false' and 1/0.
import { Attribute } from './attribute.ts';

/**
 * A boolean. Accepts booleans, the strings 'true'/'false' (any case) and the numbers 1/0.
 * @example new BooleanAttribute().coerce('TRUE') // true
 */
export class BooleanAttribute extends Attribute<boolean | null> {
  readonly kind = 'boolean';

  protected coerceValue(value: unknown, label: string): boolean {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === 0) return value === 1;
    if (typeof value === 'string') {
      const lower = value.trim().toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
    }
    return this.refuse(value, label);
  }
}
