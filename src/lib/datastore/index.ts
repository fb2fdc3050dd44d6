/**
 * datastore: a simple, unified API for many data stores (a TypeScript port of jbenet's datastore).
 *
 * Every store implements the same async contract, {@link Datastore}: `get`, `put`, `delete`,
 * `contains` and `query`. Values are addressed by hierarchical {@link Key}s such as
 * `/Comedy/MontyPython/Actor:JohnCleese`; a {@link Query} selects a collection (the keys whose
 * `path` is the query key), filters and orders it, and returns a once-only {@link Cursor}.
 * Stores compose: caches ({@link LRUCache}, {@link TieredDatastore}), sharding
 * ({@link ShardedDatastore}), key rewriting ({@link NamespaceDatastore}) and serialisation
 * ({@link SerializerShimDatastore}) all wrap other stores.
 *
 * @example
 * ```ts
 * import { DictDatastore, Key, Query } from '@project-hub/datastore';
 * const ds = new DictDatastore();
 * await ds.put(new Key('/users/alice'), { age: 31 });
 * await ds.get('/users/alice'); // { age: 31 }
 * await (await ds.query(new Query('/users').filter('age', '>', 30))).toArray(); // [{ age: 31 }]
 * ```
 * @packageDocumentation
 */

export { Key, type KeyLike } from './key.ts';
export { Filter, FILTER_OPERATORS, type FilterOperator } from './filter.ts';
export { Order } from './order.ts';
export { Query, type QueryOptions, type QueryJSON } from './query.ts';
export { Cursor, type Entry, type CursorOptions } from './cursor.ts';
export type { GetField } from './_compare.ts';
export { BaseDatastore, type Datastore } from './store.ts';
export {
  DatastoreError,
  NotSupportedError,
  CircularLinkError,
  LinkOverValueError,
  InvalidRecordError,
  SerializationError,
  CursorConsumedError,
  BackendError,
  InvalidKeyError,
  StoreClosedError,
  type BackendErrorOptions,
  InvalidArgTypeError,
  InvalidArgValueError,
  OutOfRangeError,
  type DatastoreErrorOptions,
} from './errors.ts';
export {
  json,
  prettyJson,
  identity,
  stack,
  mapSerializer,
  isSerializer,
  type Serializer,
} from './serializers.ts';
export { DictDatastore, MemoryDatastore } from './stores/memory.ts';
export { NullDatastore } from './stores/null.ts';
export { LRUCache } from './stores/lru.ts';
export { TieredDatastore } from './stores/tiered.ts';
export { ShardedDatastore, type ShardedOptions } from './stores/sharded.ts';
export { CacheShimDatastore, type CacheShimOptions } from './stores/cache-shim.ts';
export { LoggingDatastore, type LoggingOptions, type Logger } from './stores/logging.ts';
export { KeyTransformDatastore, type KeyTransformOptions } from './stores/key-transform.ts';
export { LowercaseKeyDatastore } from './stores/lowercase-key.ts';
export { NamespaceDatastore } from './stores/namespace.ts';
export { NestedPathDatastore, type NestedPathOptions } from './stores/nested-path.ts';
export { SymlinkDatastore, isLink, type LinkRecord } from './stores/symlink.ts';
export { DirectoryDatastore } from './stores/directory.ts';
export { DirectoryTreeDatastore } from './stores/directory-tree.ts';
export { SerializerShimDatastore, type SerializerShimOptions } from './stores/serializer-shim.ts';
export {
  InterfaceMappingDatastore,
  type InterfaceMappingOptions,
} from './stores/interface-mapping.ts';
