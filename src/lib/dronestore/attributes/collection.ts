// List and Dict attributes: arrays and string-keyed records whose items another attribute coerces.
import { AttributeTypeError, ModelDefinitionError } from '../errors.ts';
import { describe, isPlainObject, type Json, type JsonObject } from '../json.ts';
import { Attribute, type AttributeOptions, type ValueOf } from './attribute.ts';

/** An attribute usable as the item type of a list or dict. */
export type ItemAttribute = Attribute<unknown>;

/** A list or dict item: the item attribute's value, never null. */
export type ItemOf<I extends ItemAttribute> = NonNullable<ValueOf<I>>;

/** Options of `ListAttribute`. */
export interface ListAttributeOptions<I extends ItemAttribute> extends AttributeOptions<
  readonly ItemOf<I>[]
> {
  /** Coerces each item, e.g. `new StringAttribute()`. */
  item: I;
}

/**
 * A list. Values are read back frozen: assign a new array to change it. Null reads as `[]`.
 * @example new ListAttribute({ item: new IntegerAttribute() }).coerce(['1', 2]) // [1, 2]
 */
export class ListAttribute<I extends ItemAttribute> extends Attribute<readonly ItemOf<I>[]> {
  readonly kind = 'list';
  readonly item: I;

  constructor(options: ListAttributeOptions<I>) {
    super(options);
    this.item = checkItem(options.item, 'ListAttribute needs `item`');
  }

  override declaration(): JsonObject {
    return { ...super.declaration(), item: this.item.declaration() };
  }

  protected coerceValue(value: unknown, label: string): readonly ItemOf<I>[] {
    if (!Array.isArray(value)) return this.refuse(value, label, 'expected an array');
    // Array.from visits holes as undefined, so `[1, , 3]` is refused like `[1, null, 3]`.
    return Object.freeze(Array.from(value, (v, i) => coerceItem(this.item, v, `${label}[${i}]`)));
  }

  override toData(value: readonly ItemOf<I>[]): Json {
    return value.map((v) => this.item.toData(v));
  }

  override isEmpty(value: readonly ItemOf<I>[]): boolean {
    return value.length === 0;
  }

  protected override emptyValue(): readonly ItemOf<I>[] {
    return Object.freeze([]);
  }
}

/** Options of `DictAttribute`. */
export interface DictAttributeOptions<I extends ItemAttribute> extends AttributeOptions<
  Readonly<Record<string, ItemOf<I>>>
> {
  /** Coerces each value, e.g. `new IntegerAttribute()`. */
  value: I;
}

/**
 * A record with string keys. Accepts plain objects and Maps with string keys. Read back frozen.
 * @example new DictAttribute({ value: new FloatAttribute() }).coerce({ pi: '3.14' }) // { pi: 3.14 }
 */
export class DictAttribute<I extends ItemAttribute> extends Attribute<
  Readonly<Record<string, ItemOf<I>>>
> {
  readonly kind = 'dict';
  readonly value: I;

  constructor(options: DictAttributeOptions<I>) {
    super(options);
    this.value = checkItem(options.value, 'DictAttribute needs `value`');
  }

  override declaration(): JsonObject {
    return { ...super.declaration(), value: this.value.declaration() };
  }

  protected coerceValue(input: unknown, label: string): Readonly<Record<string, ItemOf<I>>> {
    const entries = toEntries(input);
    if (!entries) return this.refuse(input, label, 'expected a plain object or a Map');
    const out: [string, ItemOf<I>][] = [];
    for (const [k, v] of entries) {
      if (typeof k !== 'string')
        return this.refuse(input, label, `key ${describe(k)} is not a string`);
      out.push([k, coerceItem(this.value, v, `${label}.${k}`)]);
    }
    // fromEntries defines own properties, so a key such as `__proto__` is kept, not a prototype.
    return Object.freeze(Object.fromEntries(out));
  }

  override toData(value: Readonly<Record<string, ItemOf<I>>>): Json {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value.toData(v)]));
  }

  override isEmpty(value: Readonly<Record<string, ItemOf<I>>>): boolean {
    return Object.keys(value).length === 0;
  }

  protected override emptyValue(): Readonly<Record<string, ItemOf<I>>> {
    return Object.freeze({});
  }
}

function checkItem<I extends ItemAttribute>(item: I, need: string): I {
  if (item instanceof Attribute) return item;
  throw new ModelDefinitionError(
    `${need}: an attribute such as new StringAttribute(), got ${describe(item)}`,
  );
}

function coerceItem<I extends ItemAttribute>(item: I, value: unknown, label: string): ItemOf<I> {
  const coerced = item.coerce(value, label);
  if (coerced === null || coerced === undefined) {
    throw new AttributeTypeError(`[${label}] an item cannot be null`);
  }
  return coerced as ItemOf<I>;
}

function toEntries(value: unknown): Iterable<[unknown, unknown]> | undefined {
  if (value instanceof Map) return value.entries();
  if (isPlainObject(value)) return Object.entries(value);
  return undefined;
}
