// String and Text attributes: strings, single-line unless multiline.
import type { JsonObject } from '../json.ts';
import { Attribute, type AttributeOptions } from './attribute.ts';

/** Options of `StringAttribute`. */
export interface StringAttributeOptions extends AttributeOptions<string | null> {
  /** Allow line breaks (default false; `TextAttribute` allows them). */
  multiline?: boolean;
}

/**
 * A string. Numbers, bigints and booleans are converted with `String()`; a line break is refused
 * unless `multiline`.
 * @example new StringAttribute().coerce(42) // '42'
 */
export class StringAttribute extends Attribute<string | null> {
  readonly kind: string = 'string';
  readonly multiline: boolean;

  constructor(options: StringAttributeOptions = {}) {
    super(options);
    this.multiline = options.multiline ?? false;
  }

  override declaration(): JsonObject {
    return { ...super.declaration(), multiline: this.multiline };
  }

  protected coerceValue(value: unknown, label: string): string {
    const text = toText(value);
    if (text === undefined) return this.refuse(value, label);
    if (!this.multiline && /[\r\n]/.test(text)) {
      return this.refuse(value, label, 'line breaks need a multiline attribute');
    }
    return text;
  }
}

/**
 * A multiline string.
 * @example new TextAttribute().coerce('a\nb') // 'a\nb'
 */
export class TextAttribute extends StringAttribute {
  override readonly kind: string = 'text';

  constructor(options: AttributeOptions<string | null> = {}) {
    super({ ...options, multiline: true });
  }
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}
