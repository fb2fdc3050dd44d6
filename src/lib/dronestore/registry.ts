// ModelRegistry: finds a model type by its dstype, and refuses two types with one dstype.
import { ModelDefinitionError } from './errors.ts';
import { canonicalJson } from './json.ts';
import type { Model } from './model.ts';

/** A registry of model types by dstype; `defineModel` registers into `defaultRegistry`. */
export class ModelRegistry {
  readonly #types = new Map<string, typeof Model>();

  /**
   * Adds a model type. Another type with the same dstype is a `ModelDefinitionError`, unless its
   * declaration is identical (a module run again, as a re-run example or a hot reload does): then
   * the newer one replaces it.
   */
  register(type: typeof Model): void {
    const existing = this.#types.get(type.dstype);
    if (existing && existing !== type && signature(existing) !== signature(type)) {
      throw new ModelDefinitionError(
        `two model types are named ${type.dstype}; dstypes must be unique`,
      );
    }
    this.#types.set(type.dstype, type);
  }

  /**
   * The model type with this dstype, or `undefined`.
   * @example defaultRegistry.get('MyModel') // MyModel
   */
  get(dstype: string): typeof Model | undefined {
    return this.#types.get(dstype);
  }
}

/** The registry `defineModel` and `Repo` use unless given another. */
export const defaultRegistry = new ModelRegistry();

/** Every attribute's name and declaration (type, options, strategy, default), canonically. */
function signature(type: typeof Model): string {
  const attributes = Object.entries(type.attributes).map(([n, a]) => [n, a.declaration()]);
  return canonicalJson(Object.fromEntries(attributes));
}
