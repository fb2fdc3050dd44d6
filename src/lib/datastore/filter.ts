// Filter: one `field op value` condition of a query.

import { compareForFilter, defaultGetField, looseNullEquals, type GetField } from './_compare.ts';
import { describe } from './_utils.ts';
import { InvalidArgTypeError, InvalidArgValueError } from './errors.ts';

/** The comparison operators a filter accepts. */
export type FilterOperator = '<' | '<=' | '=' | '!=' | '>=' | '>';

/** The operators, in a fixed order (handy for validation and property tests). */
export const FILTER_OPERATORS: readonly FilterOperator[] = Object.freeze([
  '<',
  '<=',
  '=',
  '!=',
  '>=',
  '>',
]);

const TESTS: Record<FilterOperator, (a: unknown, b: unknown) => boolean> = {
  '=': looseNullEquals,
  '!=': (a, b) => !looseNullEquals(a, b),
  '<': (a, b) => (compareForFilter(a, b) ?? 0) < 0,
  '<=': (a, b) => (compareForFilter(a, b) ?? 1) <= 0,
  '>': (a, b) => (compareForFilter(a, b) ?? 0) > 0,
  '>=': (a, b) => (compareForFilter(a, b) ?? -1) >= 0,
};

/**
 * A condition `field op value`, e.g. `new Filter('age', '>=', 18)`.
 * @example new Filter('age', '>=', 18).matches({ age: 21 }) // true
 */
export class Filter {
  /** The field the filter reads. */
  readonly field: string;
  /** The comparison operator. */
  readonly op: FilterOperator;
  /** The value the field is compared with. */
  readonly value: unknown;
  readonly #test: (a: unknown, b: unknown) => boolean;

  constructor(field: string, op: FilterOperator, value: unknown) {
    if (typeof field !== 'string' || field === '') {
      throw new InvalidArgTypeError(
        `[datastore] Filter field must be a non-empty string, got ${describe(field)}`,
      );
    }
    if (!Object.hasOwn(TESTS, op)) {
      throw new InvalidArgValueError(
        `[datastore] unknown filter operator ${String(JSON.stringify(op))}; use one of ${FILTER_OPERATORS.join(' ')}`,
      );
    }
    this.field = field;
    this.op = op;
    this.value = value;
    this.#test = TESTS[op];
  }

  /**
   * True when the field of `object` passes the filter; never throws on odd data.
   * @example new Filter('name', '=', null).matches({}) // true
   */
  matches(object: unknown, getField: GetField = defaultGetField): boolean {
    return this.#test(getField(object, this.field), this.value);
  }

  /**
   * True when a field value passes the filter.
   * @example new Filter('n', '<', 3).valuePasses(2) // true
   */
  valuePasses(value: unknown): boolean {
    return this.#test(value, this.value);
  }

  /**
   * `field op value`.
   * @example String(new Filter('key', '>', '/A')) // 'key > /A'
   */
  toString(): string {
    return `${this.field} ${this.op} ${safeString(this.value)}`;
  }

  /**
   * True when field, operator and value are the same (values as in an `=` filter; NaN equals NaN).
   * @example new Filter('a', '=', 1).equals(new Filter('a', '=', 1)) // true
   */
  equals(other: Filter): boolean {
    return (
      other instanceof Filter &&
      other.field === this.field &&
      other.op === this.op &&
      (Object.is(other.value, this.value) || looseNullEquals(other.value, this.value))
    );
  }

  /** The `[field, op, value]` triple used in `Query.toJSON()`. */
  toJSON(): [string, FilterOperator, unknown] {
    return [this.field, this.op, this.value];
  }
}

// String(value), or `[object Object]` for values String() refuses (a null-prototype object).
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
