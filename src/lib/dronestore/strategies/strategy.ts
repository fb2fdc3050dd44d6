// The merge-strategy interface: how an attribute's data is stamped and how two sides are merged.
import type { Attribute } from '../attributes/attribute.ts';
import type { Stamp } from '../clock.ts';
import type { Json } from '../json.ts';
import type { Version } from '../version.ts';

/** An attribute's raw data in a version: its value plus any strategy state (`updated`, `replica`). */
export interface AttributeData {
  readonly value: Json;
  readonly [state: string]: Json;
}

/** What `onChange` and `onCommit` receive: a fresh stamp of this replica's clock. */
export interface StampContext {
  readonly stamp: Stamp;
  readonly replica: string;
}

/** What `merge` receives besides the two sides' data. */
export interface MergeContext {
  /** The attribute's name in the model. */
  readonly name: string;
  readonly attribute: Attribute<unknown>;
  readonly local: Version;
  readonly remote: Version;
}

/** A strategy's choice: keep the local data, take the remote data, or use new merged data. */
export type MergeDecision =
  | { readonly winner: 'local' | 'remote'; readonly reason: string }
  | { readonly winner: 'merged'; readonly reason: string; readonly data: AttributeData };

/**
 * How an attribute merges. `merge` must be deterministic, and for replicas to converge it must
 * pick the same data whichever side is local (built-in strategies break ties by replica id).
 * @example const KeepLocal: MergeStrategy = { name: 'KeepLocal', merge: () => ({ winner: 'local', reason: 'always' }) };
 */
export interface MergeStrategy {
  /** Shown in merge reports, e.g. 'LatestStrategy'. */
  readonly name: string;
  /** Adds state when the value changes locally (LatestStrategy stamps `updated` here). */
  onChange?(data: AttributeData, context: StampContext): AttributeData;
  /** Adds state when the object is committed with changes (LatestObjectStrategy stamps here). */
  onCommit?(data: AttributeData, context: StampContext): AttributeData;
  /** Chooses between two sides whose data differ. */
  merge(local: AttributeData, remote: AttributeData, context: MergeContext): MergeDecision;
}
