// InterfaceMappingDatastore: adapts any object with get/set/delete-like methods (a Map, a cache client).

import { describe } from '../_utils.ts';
import type { Key } from '../key.ts';
import { BaseDatastore } from '../store.ts';
import { InvalidArgTypeError } from '../errors.ts';

/** Options of InterfaceMappingDatastore: the names of the service's methods, and the key mapping. */
export interface InterfaceMappingOptions {
  /** Default `'get'`. */
  get?: string;
  /** Default `'put'`; pass `'set'` for a Map. */
  put?: string;
  /** Default `'delete'`. */
  delete?: string;
  /** Turns a Key into the service's key. Default: its string. */
  key?: (key: Key) => string;
}

type Method = (...args: unknown[]) => unknown;

/**
 * Wraps a key-value service; keys are passed as strings and a `null` answer reads as missing.
 * Queries are not supported.
 * @example const ds = new InterfaceMappingDatastore(new Map(), { put: 'set' }); await ds.put('/a', 1);
 */
export class InterfaceMappingDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'interface-mapping';
  /** The wrapped service. */
  readonly service: object;
  readonly #get: Method;
  readonly #put: Method;
  readonly #delete: Method;
  readonly #key: (key: Key) => string;

  constructor(service: object, options: InterfaceMappingOptions = {}) {
    super();
    if (service === null || (typeof service !== 'object' && typeof service !== 'function')) {
      throw new InvalidArgTypeError(
        `[datastore] [interface-mapping] service must be an object, got ${describe(service)}`,
      );
    }
    this.service = service;
    this.#get = method(service, options.get ?? 'get');
    this.#put = method(service, options.put ?? 'put');
    this.#delete = method(service, options.delete ?? 'delete');
    const keyFn = options.key ?? ((key: Key) => key.toString());
    if (typeof keyFn !== 'function') {
      throw new InvalidArgTypeError(
        `[datastore] [interface-mapping] option key must be a function, got ${describe(keyFn)}`,
      );
    }
    this.#key = keyFn;
  }

  protected async _get(key: Key): Promise<V | undefined> {
    const value = (await this.#get.call(this.service, this.#key(key))) as V | null | undefined;
    return value ?? undefined;
  }

  protected async _put(key: Key, value: V): Promise<void> {
    await this.#put.call(this.service, this.#key(key), value);
  }

  protected async _delete(key: Key): Promise<void> {
    await this.#delete.call(this.service, this.#key(key));
  }
}

function method(service: object, name: string): Method {
  const fn = (service as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    throw new InvalidArgTypeError(
      `[datastore] [interface-mapping] service has no method ${JSON.stringify(name)}`,
    );
  }
  return fn as Method;
}
