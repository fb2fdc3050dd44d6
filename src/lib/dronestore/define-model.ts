// defineModel: declares a model type whose instances have one typed property per attribute.
import { Key } from '@project-hub/datastore';
import { Attribute, type ValueOf } from './attributes/attribute.ts';
import { ModelDefinitionError } from './errors.ts';
import { describe } from './json.ts';
import type { AttributeMap } from './merge.ts';
import { Model, type LoadOptions, type ModelOptions } from './model.ts';
import { defaultRegistry, type ModelRegistry } from './registry.ts';
import type { Version, VersionJSON } from './version.ts';

/** The typed values of a model type's attributes. */
export type ModelValues<A extends AttributeMap> = { -readonly [K in keyof A]: ValueOf<A[K]> };

/** An instance of a declared model type. */
export type ModelInstance<A extends AttributeMap> = Model & ModelValues<A>;

/** A model type made by `defineModel` (a class: `new`, extend it, or call its statics). */
export interface ModelType<A extends AttributeMap> {
  new (name: string, options?: ModelOptions): ModelInstance<A>;
  readonly dstype: string;
  readonly attributes: A;
  /** The type's own key, `/<dstype>`: `MyModel.key.instance('A')` is `new MyModel('A').key`. */
  readonly key: Key;
  /** Loads an instance from a stored version, keeping its data and stamps as they are
   * (see {@link Model.fromVersion}). */
  fromVersion<M extends Model>(
    this: (new (name: string, options?: ModelOptions) => M) & Pick<typeof Model, 'dstype'>,
    version: Version | VersionJSON,
    options?: LoadOptions,
  ): M;
}

/** Options of `defineModel`. */
export interface DefineModelOptions {
  /** Where `Repo.get` finds the type by dstype (default `defaultRegistry`). */
  registry?: ModelRegistry;
}

/**
 * Declares a model type named `dstype` with typed attributes.
 * @example
 * const MyModel = defineModel('MyModel', { first: new StringAttribute({ strategy: LatestStrategy }) });
 * const foo = new MyModel('FooBar'); foo.first = 'Hello'; foo.commit();
 */
export function defineModel<const A extends AttributeMap>(
  dstype: string,
  attributes: A,
  options: DefineModelOptions = {},
): ModelType<A> {
  checkDstype(dstype);
  const type = class extends Model {
    static override readonly dstype = dstype;
    static override readonly attributes: AttributeMap = Object.freeze({ ...attributes });
    static readonly key = new Key(dstype);
  };
  Object.defineProperty(type, 'name', { value: dstype });
  for (const [name, attribute] of Object.entries(attributes)) {
    checkAttributeName(dstype, name);
    checkAttribute(dstype, name, attribute);
    attribute.defaultValue(`${dstype}.${name}`); // a bad default fails here, not at first use
    Object.defineProperty(type.prototype, name, {
      get(this: Model) {
        return this.get(name);
      },
      set(this: Model, value: unknown) {
        this.set(name, value);
      },
      enumerable: true,
    });
  }
  (options.registry ?? defaultRegistry).register(type);
  return type as unknown as ModelType<A>;
}

function checkDstype(dstype: string): void {
  if (typeof dstype !== 'string' || !/^[^/:\s]+$/.test(dstype)) {
    throw new ModelDefinitionError(
      `invalid dstype ${JSON.stringify(dstype)}: use a name without "/", ":" or spaces`,
    );
  }
}

function checkAttribute(dstype: string, name: string, attribute: unknown): void {
  if (!(attribute instanceof Attribute)) {
    throw new ModelDefinitionError(
      `[${dstype}] attribute ${name} must be an attribute such as new StringAttribute(), got ${describe(attribute)}`,
    );
  }
}

function checkAttributeName(dstype: string, name: string): void {
  if (name in Model.prototype || name === 'key' || name === 'clock' || name.startsWith('#')) {
    throw new ModelDefinitionError(`[${dstype}] attribute name ${name} is reserved by Model`);
  }
}
