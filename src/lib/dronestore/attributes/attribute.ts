// The base of every attribute type: default, required, merge strategy, coercion to and from JSON.
import { AttributeTypeError, ModelDefinitionError } from '../errors.ts';
import { describe, type Json, type JsonObject } from '../json.ts';
import { LatestObjectStrategy } from '../strategies/latest-object.ts';
import type { MergeStrategy } from '../strategies/strategy.ts';

/** Options shared by every attribute type. */
export interface AttributeOptions<T> {
  /** The value of a new instance (default: `null`, or empty for lists and dicts). */
  default?: T;
  /** `validate()` and `commit()` refuse an empty value (null, '', [] or {}). */
  required?: boolean;
  /** How merges pick this attribute's value (default `LatestObjectStrategy`). */
  strategy?: MergeStrategy;
}

/** The value type of an attribute: `ValueOf<StringAttribute>` is `string | null`. */
export type ValueOf<A> = A extends Attribute<infer T> ? T : never;

/**
 * A typed attribute of a model. Subclasses implement `coerceValue` (never called with null).
 * @example new IntegerAttribute().coerce('42') // 42
 */
export abstract class Attribute<T> {
  /** The type's name in messages: 'string', 'integer'… */
  abstract readonly kind: string;
  readonly required: boolean;
  readonly strategy: MergeStrategy;
  readonly #default: T | undefined;

  constructor(options: AttributeOptions<T> = {}) {
    this.required = options.required ?? false;
    this.strategy = options.strategy ?? LatestObjectStrategy;
    if (typeof this.strategy?.merge !== 'function' || typeof this.strategy.name !== 'string') {
      throw new ModelDefinitionError(
        `a strategy needs a name and a merge() function, got ${describe(this.strategy)}`,
      );
    }
    this.#default = options.default;
  }

  /** The coerced default value of a new instance. */
  defaultValue(label = 'default'): T {
    return this.coerce(this.#default ?? null, label);
  }

  /** Coerces any input to this type; null and undefined give the empty value. */
  coerce(value: unknown, label = 'value'): T {
    if (value === null || value === undefined) return this.emptyValue();
    return this.coerceValue(value, label);
  }

  /**
   * What distinguishes this declaration from another: kind, options, strategy and default.
   * The registry compares these to tell a re-run declaration from a different model type.
   * @example new StringAttribute().declaration() // { kind: 'string', required: false, … }
   */
  declaration(): JsonObject {
    const { kind, required, strategy } = this;
    return { kind, required, strategy: strategy.name, default: this.toData(this.defaultValue()) };
  }

  /** The JSON data stored for a coerced value. */
  toData(value: T): Json {
    return value as Json;
  }

  /** The value read back from stored JSON data. */
  fromData(data: Json, label = 'value'): T {
    return this.coerce(data, label);
  }

  /** True when a required attribute would refuse this value. */
  isEmpty(value: T): boolean {
    return value === null || value === '';
  }

  /** The value of an unset attribute. */
  protected emptyValue(): T {
    return null as T;
  }

  /** Coerces a non-null input, or throws `AttributeTypeError` via `this.refuse`. */
  protected abstract coerceValue(value: unknown, label: string): T;

  /** Throws the coercion error, naming the attribute, the type and the input. */
  protected refuse(value: unknown, label: string, why = ''): never {
    const shown = typeof value === 'string' ? JSON.stringify(value) : describe(value);
    throw new AttributeTypeError(
      `[${label}] cannot use ${shown} as ${article(this.kind)} ${this.kind}${why ? `: ${why}` : ''}`,
    );
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
