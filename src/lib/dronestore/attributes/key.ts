// Key attribute: a datastore Key, optionally constrained by type, parent, ancestor or descendant.
import { Key } from '@project-hub/datastore';
import type { Json, JsonObject } from '../json.ts';
import { Attribute, type AttributeOptions } from './attribute.ts';

/** Options of `KeyAttribute`: each constraint is checked when a value is set or loaded. */
export interface KeyAttributeOptions extends AttributeOptions<Key | string | null> {
  /** The key's type must be this (`/Person:ana` has type `Person`). */
  type?: string;
  /** The key's parent must be this key. */
  parent?: Key | string;
  /** This key must be an ancestor of the value (the value lives below it). */
  ancestor?: Key | string;
  /** This key must be a descendant of the value (the value lives above it). */
  descendant?: Key | string;
}

/**
 * A datastore Key; strings are parsed into Keys. Stored as the key's string.
 * @example new KeyAttribute({ type: 'Person' }).coerce('/Person:ana').name // 'ana'
 */
export class KeyAttribute extends Attribute<Key | null> {
  readonly kind = 'key';
  readonly #options: KeyAttributeOptions;

  constructor(options: KeyAttributeOptions = {}) {
    const { default: initial, ...rest } = options;
    super({ ...rest, ...(initial == null ? {} : { default: new Key(initial) }) });
    this.#options = options;
  }

  override declaration(): JsonObject {
    const { type, parent, ancestor, descendant } = this.#options;
    const text = (key: Key | string | undefined) =>
      key === undefined ? null : String(new Key(key));
    return {
      ...super.declaration(),
      type: type ?? null,
      parent: text(parent),
      ancestor: text(ancestor),
      descendant: text(descendant),
    };
  }

  protected coerceValue(value: unknown, label: string): Key {
    if (!(value instanceof Key) && typeof value !== 'string') return this.refuse(value, label);
    const key = new Key(value);
    const why = this.#violation(key);
    return why ? this.refuse(value, label, why) : key;
  }

  override toData(value: Key | null): Json {
    return value === null ? null : value.toString();
  }

  #violation(key: Key): string {
    const { type, parent, ancestor, descendant } = this.#options;
    if (type !== undefined && key.type !== type) return `its type must be ${type}`;
    if (parent !== undefined && !key.parent.equals(parent)) return `its parent must be ${parent}`;
    if (ancestor !== undefined && !new Key(ancestor).isAncestorOf(key)) {
      return `it must be below ${ancestor}`;
    }
    if (descendant !== undefined && !key.isAncestorOf(new Key(descendant))) {
      return `it must be above ${descendant}`;
    }
    return '';
  }
}
