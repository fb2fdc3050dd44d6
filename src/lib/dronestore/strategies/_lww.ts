// Last-writer-wins helpers shared by LatestStrategy and LatestObjectStrategy.
import { decodeStamp, encodeStamp, formatStamp } from '../clock.ts';
import { canonicalJson } from '../json.ts';
import type { AttributeData, MergeDecision, StampContext } from './strategy.ts';

/** Data stamped with `updated` (the stamp) and `replica` (who stamped it). */
export function stamp(data: AttributeData, context: StampContext): AttributeData {
  return { ...data, updated: encodeStamp(context.stamp), replica: context.replica };
}

/**
 * Keeps the later stamp; equal stamps go to the greater replica id, then the greater value, so
 * both sides of a merge always pick the same data. `what` names the stamp in the reason.
 */
export function pickLatest(
  local: AttributeData,
  remote: AttributeData,
  what: string,
): MergeDecision {
  const [l, r] = [decodeStamp(local['updated']), decodeStamp(remote['updated'])];
  if (l !== r) {
    const winner = r > l ? 'remote' : 'local';
    const [a, b] = r > l ? [r, l] : [l, r];
    return { winner, reason: `${winner} ${what} later (${formatStamp(a)} > ${formatStamp(b)})` };
  }
  const [lr, rr] = [replicaOf(local), replicaOf(remote)];
  if (lr !== rr) {
    const winner = rr > lr ? 'remote' : 'local';
    const [a, b] = rr > lr ? [rr, lr] : [lr, rr];
    return {
      winner,
      reason: `equal stamps (${formatStamp(l)}); tie broken by replica id: "${a}" > "${b}"`,
    };
  }
  const winner = canonicalJson(remote.value) > canonicalJson(local.value) ? 'remote' : 'local';
  return { winner, reason: `equal stamps and replica ids; tie broken by the greater value` };
}

function replicaOf(data: AttributeData): string {
  const replica = data['replica'];
  return typeof replica === 'string' ? replica : '';
}
