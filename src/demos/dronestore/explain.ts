// Turns a merge report into rows a person can read: who won each attribute, by which rule, and why.
import {
  formatStamp,
  stampToDate,
  type AttributeDecision,
  type Stamp,
} from '@project-hub/dronestore';
import type { SyncResult } from './session.ts';

/** One row of the sync table. */
export interface DecisionRow {
  readonly attribute: string;
  readonly strategy: string;
  /** 'laptop', 'phone', 'both (merged)' or 'same on both'. */
  readonly winner: string;
  readonly why: string;
}

/** The rows for a sync: one per attribute. */
export function explainSync(result: SyncResult): DecisionRow[] {
  return result.report.decisions.map((decision) =>
    explainDecision(decision, result.to.name, result.from.name),
  );
}

/** Names the winner and rewrites the library's reason with replica names and short times. */
export function explainDecision(
  decision: AttributeDecision,
  local: string,
  remote: string,
): DecisionRow {
  const same = !decision.changed && decision.reason === 'both sides hold the same data';
  const winner = same
    ? 'same on both'
    : decision.winner === 'merged'
      ? 'both (merged)'
      : decision.winner === 'local'
        ? local
        : remote;
  const why = decision.reason
    .replace(/\blocal\b/g, local)
    .replace(/\bremote\b/g, remote)
    .replace(/\d{4}-\d\d-\d\dT(\d\d:\d\d:\d\d\.\d{3})Z/g, '$1');
  return { attribute: decision.name, strategy: decision.strategy, winner, why };
}

/**
 * A stamp as a short UTC time with its counter: `10:31:05.120` or `10:31:05.120 +2`.
 * @example formatTime(1_000_002n) // '00:00:00.001 +2'
 */
export function formatTime(stamp: Stamp): string {
  const time = stampToDate(stamp).toISOString().slice(11, 23);
  const counter = formatStamp(stamp).split('+')[1];
  return counter === undefined ? time : `${time} +${counter}`;
}
