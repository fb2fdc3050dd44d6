// Order: one sort criterion of a query, `+field` (ascending) or `-field` (descending).

import { compareValues, defaultGetField, type GetField } from './_compare.ts';
import { describe } from './_utils.ts';
import { InvalidArgTypeError, InvalidArgValueError } from './errors.ts';

/**
 * A sort criterion: `'+field'` or `'field'` ascending, `'-field'` descending.
 * @example new Order('-age').isDescending() // true
 */
export class Order {
  /** The field to sort by. */
  readonly field: string;
  readonly #direction: 1 | -1;

  constructor(spec: string) {
    if (typeof spec !== 'string') {
      throw new InvalidArgTypeError(
        `[datastore] Order expects a string like '+field', got ${describe(spec)}`,
      );
    }
    const signed = spec.startsWith('+') || spec.startsWith('-');
    const field = signed ? spec.slice(1) : spec;
    if (field === '') {
      throw new InvalidArgValueError(
        `[datastore] Order ${JSON.stringify(spec)} names no field; use '+field' or '-field'`,
      );
    }
    this.field = field;
    this.#direction = spec.startsWith('-') ? -1 : 1;
  }

  /**
   * Sorts `items` (stably, into a new array) by `orders`, the first order primary.
   * @example Order.sorted([{ n: 2 }, { n: 1 }], [new Order('+n')]) // [{ n: 1 }, { n: 2 }]
   */
  static sorted<T>(
    items: Iterable<T>,
    orders: readonly Order[],
    getField: GetField = defaultGetField,
  ): T[] {
    const list = [...items];
    if (orders.length === 0) return list;
    return list.sort((a, b) => compareByOrders(a, b, orders, getField));
  }

  /**
   * True for `+field` and `field`.
   * @example new Order('name').isAscending() // true
   */
  isAscending(): boolean {
    return this.#direction === 1;
  }

  /**
   * True for `-field`.
   * @example new Order('-name').isDescending() // true
   */
  isDescending(): boolean {
    return this.#direction === -1;
  }

  /**
   * Compares two objects by this order's field: -1, 0 or 1.
   * @example new Order('-n').compare({ n: 1 }, { n: 2 }) // 1
   */
  compare(a: unknown, b: unknown, getField: GetField = defaultGetField): number {
    return this.#direction * compareValues(getField(a, this.field), getField(b, this.field)) || 0;
  }

  /**
   * `+field` or `-field`.
   * @example String(new Order('key')) // '+key'
   */
  toString(): string {
    return `${this.#direction === 1 ? '+' : '-'}${this.field}`;
  }

  /** The `'+field'` string used in `Query.toJSON()`. */
  toJSON(): string {
    return this.toString();
  }

  /**
   * True when field and direction are the same.
   * @example new Order('a').equals(new Order('+a')) // true
   */
  equals(other: Order): boolean {
    return other instanceof Order && other.toString() === this.toString();
  }
}

/** Compares two objects by a list of orders, the first primary: -1, 0 or 1. */
export function compareByOrders(
  a: unknown,
  b: unknown,
  orders: readonly Order[],
  getField: GetField = defaultGetField,
): number {
  for (const order of orders) {
    const c = order.compare(a, b, getField);
    if (c !== 0) return c;
  }
  return 0;
}
