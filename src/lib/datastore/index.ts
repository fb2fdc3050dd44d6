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
 * import { DictDatastore, Key, Query } from 'datastore'; // src/lib/datastore/index.ts
 * const ds = new DictDatastore();
 * await ds.put(new Key('/users/alice'), { age: 31 });
 * await ds.get('/users/alice'); // { age: 31 }
 * await (await ds.query(new Query('/users').filter('age', '>', 30))).toArray(); // [{ age: 31 }]
 * ```
 * @packageDocumentation
 */

export { Key, type KeyLike } from './key';
export { Filter, FILTER_OPERATORS, type FilterOperator } from './filter';
export { Order } from './order';
export { Query, type QueryOptions, type QueryJSON } from './query';
export { Cursor, type Entry, type CursorOptions } from './cursor';
export type { GetField } from './_compare';
export { BaseDatastore, type Datastore } from './store';
export {
  DatastoreError,
  NotSupportedError,
  CircularLinkError,
  InvalidRecordError,
  SerializationError,
  CursorConsumedError,
  BackendError,
  InvalidKeyError,
  StoreClosedError,
  type BackendErrorOptions,
  type DatastoreErrorOptions,
} from './errors';
export {
  json,
  prettyJson,
  identity,
  stack,
  mapSerializer,
  isSerializer,
  type Serializer,
} from './serializers';
export { DictDatastore, MemoryDatastore } from './stores/memory';
export { NullDatastore } from './stores/null';
export { LRUCache } from './stores/lru';
export { TieredDatastore } from './stores/tiered';
export { ShardedDatastore, type ShardedOptions } from './stores/sharded';
export { CacheShimDatastore, type CacheShimOptions } from './stores/cache-shim';
export { LoggingDatastore, type LoggingOptions, type Logger } from './stores/logging';
export { KeyTransformDatastore, type KeyTransformOptions } from './stores/key-transform';
export { LowercaseKeyDatastore } from './stores/lowercase-key';
export { NamespaceDatastore } from './stores/namespace';
export { NestedPathDatastore, type NestedPathOptions } from './stores/nested-path';
export { SymlinkDatastore, isLink, type LinkRecord } from './stores/symlink';
export { DirectoryDatastore } from './stores/directory';
export { DirectoryTreeDatastore } from './stores/directory-tree';
export { SerializerShimDatastore, type SerializerShimOptions } from './stores/serializer-shim';
export {
  InterfaceMappingDatastore,
  type InterfaceMappingOptions,
} from './stores/interface-mapping';
