// Attribute-by-attribute merge of a remote version's data into local data, with a report.
import type { Attribute } from './attributes/attribute.ts';
import { decodeStamp, type Stamp } from './clock.ts';
import { copyJson, freezeJson, jsonEquals, type Json } from './json.ts';
import type { AttributeData, MergeDecision } from './strategies/strategy.ts';
import type { Version } from './version.ts';

/** The attributes of a model type, by name. */
export type AttributeMap = Readonly<Record<string, Attribute<unknown>>>;

/** What a merge decided for one attribute, and why. */
export interface AttributeDecision {
  readonly name: string;
  /** The strategy's name, e.g. 'LatestStrategy'. */
  readonly strategy: string;
  readonly winner: 'local' | 'remote' | 'merged';
  /** A sentence such as 'remote updated later (… > …)'. */
  readonly reason: string;
  /** True when the local data changed. */
  readonly changed: boolean;
}

/** The outcome of `model.merge()` or `repo.merge()`. */
export interface MergeReport {
  /** True when anything was taken, so a new version was committed. */
  readonly changed: boolean;
  /** The version after the merge (the local one when nothing changed). */
  readonly version: Version;
  readonly decisions: readonly AttributeDecision[];
}

/** Merged data (a new record; the input is not modified) and the decision for each attribute. */
export interface MergedData {
  readonly data: Record<string, AttributeData>;
  readonly decisions: AttributeDecision[];
  readonly changed: boolean;
}

/** Merges `remote` into `data` (the local version's data), one attribute at a time. */
export function mergeAttributes(
  attributes: AttributeMap,
  data: Readonly<Record<string, AttributeData>>,
  local: Version,
  remote: Version,
): MergedData {
  const merged = { ...data };
  const decisions: AttributeDecision[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const ours = data[name] as AttributeData;
    const decision = decide(name, attribute, ours, remote.attribute(name), local, remote);
    const next = chosenData(decision, ours, remote.attribute(name));
    // `remote` is only chosen when the data differ (equal data were kept above).
    const changed = decision.winner === 'remote' || (next !== ours && !jsonEquals(next, ours));
    if (changed) merged[name] = freezeJson(copyJson(next as Json) as AttributeData);
    const { winner, reason } = decision;
    decisions.push({ name, strategy: attribute.strategy.name, winner, reason, changed });
  }
  return { data: merged, decisions, changed: decisions.some((d) => d.changed) };
}

/** The latest stamp in a version: its commit time or any attribute's `updated`. */
export function latestStamp(version: Version): Stamp {
  let latest = version.committed;
  for (const data of Object.values(version.attributes)) {
    const stamp = decodeStamp(data['updated']);
    if (stamp > latest) latest = stamp;
  }
  return latest;
}

// --- Internal helpers ---

function decide(
  name: string,
  attribute: Attribute<unknown>,
  ours: AttributeData,
  theirs: AttributeData | undefined,
  local: Version,
  remote: Version,
): MergeDecision {
  // Fix over the original, which crashed here: a remote version without the attribute keeps ours.
  if (theirs === undefined) return { winner: 'local', reason: 'the remote version lacks it' };
  if (jsonEquals(ours, theirs)) return { winner: 'local', reason: 'both sides hold the same data' };
  return attribute.strategy.merge(ours, theirs, { name, attribute, local, remote });
}

function chosenData(
  decision: MergeDecision,
  ours: AttributeData,
  theirs: AttributeData | undefined,
): AttributeData {
  if (decision.winner === 'merged') return decision.data;
  return decision.winner === 'remote' && theirs !== undefined ? theirs : ours;
}
