/**
 * dronestore: distributed version control for application data (a TypeScript port of jbenet's
 * py-dronestore).
 *
 * A model type ({@link defineModel}) declares typed attributes ({@link StringAttribute},
 * {@link IntegerAttribute}, …), each with a merge strategy ({@link LatestObjectStrategy} by default,
 * {@link LatestStrategy}, {@link MaxStrategy}, or your own {@link MergeStrategy}). Instances are
 * committed into immutable {@link Version}s named by a SHA-1 hash of their content, and merged
 * attribute by attribute, so disconnected replicas can edit one object and converge later.
 * A {@link Repo} keeps the latest version of each object in any datastore.
 *
 * @example
 * ```ts
 * const MyModel = defineModel('MyModel', {
 *   first: new StringAttribute({ strategy: LatestStrategy }),
 *   second: new StringAttribute({ strategy: LatestStrategy }),
 * });
 * const foo = new MyModel('FooBar'); foo.first = 'Hello'; foo.commit();
 * const bar = new MyModel('FooBar'); bar.second = 'World'; bar.commit();
 * foo.merge(bar); // foo.first + ' ' + foo.second === 'Hello World'
 * ```
 * @packageDocumentation
 */

export { Attribute, type AttributeOptions, type ValueOf } from './attributes/attribute.ts';
export {
  StringAttribute,
  TextAttribute,
  type StringAttributeOptions,
} from './attributes/string.ts';
export { IntegerAttribute, FloatAttribute } from './attributes/number.ts';
export { BooleanAttribute } from './attributes/boolean.ts';
export { TimeAttribute, DateTimeAttribute } from './attributes/time.ts';
export { KeyAttribute, type KeyAttributeOptions } from './attributes/key.ts';
export {
  ListAttribute,
  DictAttribute,
  type ItemAttribute,
  type ItemOf,
  type ListAttributeOptions,
  type DictAttributeOptions,
} from './attributes/collection.ts';
export {
  HybridClock,
  getDefaultClock,
  encodeStamp,
  decodeStamp,
  formatStamp,
  stampToDate,
  NS_PER_MS,
  type ClockOptions,
  type Stamp,
  type StampJson,
} from './clock.ts';
export {
  defineModel,
  type DefineModelOptions,
  type ModelInstance,
  type ModelType,
  type ModelValues,
} from './define-model.ts';
export { Model, type LoadOptions, type ModelOptions } from './model.ts';
export { ModelRegistry, defaultRegistry } from './registry.ts';
export { Version, type VersionInit, type VersionJSON } from './version.ts';
export { BLANK_HASH, hashJson } from './hash.ts';
export { canonicalJson, type Json, type JsonObject } from './json.ts';
export { type AttributeMap, type AttributeDecision, type MergeReport } from './merge.ts';
export { LatestStrategy } from './strategies/latest.ts';
export { LatestObjectStrategy } from './strategies/latest-object.ts';
export { MaxStrategy, compareValues } from './strategies/max.ts';
export type {
  AttributeData,
  MergeContext,
  MergeDecision,
  MergeStrategy,
  StampContext,
} from './strategies/strategy.ts';
export { Repo, type RepoOptions, type ModelTypeOf } from './repo.ts';
export {
  DronestoreError,
  AttributeTypeError,
  ValidationError,
  ModelStateError,
  MergeError,
  ModelDefinitionError,
  InvalidNameError,
  VersionError,
  InvalidArgTypeError,
  InvalidArgValueError,
  OutOfRangeError,
  type DronestoreErrorOptions,
} from './errors.ts';
