// A custom merge strategy through the public interface: the union of two lists, sorted.
import {
  canonicalJson,
  type AttributeData,
  type Json,
  type MergeStrategy,
} from '@project-hub/dronestore';

/**
 * Keeps the items of both lists (a set union, sorted by canonical JSON), so additions made on
 * different replicas are all kept. Removals do not survive a merge: it only grows.
 * @example new ListAttribute({ item: new StringAttribute(), strategy: UnionStrategy })
 */
export const UnionStrategy: MergeStrategy = {
  name: 'UnionStrategy',
  merge(local, remote) {
    const union = unionOf(local, remote);
    const text = canonicalJson(union);
    if (text === canonicalJson(local.value))
      return { winner: 'local', reason: 'the remote list adds nothing' };
    if (text === canonicalJson(remote.value))
      return { winner: 'remote', reason: 'the remote list holds every item' };
    return {
      winner: 'merged',
      reason: `kept the ${union.length} items of both lists`,
      data: { value: union },
    };
  },
};

function unionOf(local: AttributeData, remote: AttributeData): Json[] {
  const items = new Map<string, Json>();
  for (const side of [local.value, remote.value]) {
    for (const item of Array.isArray(side) ? (side as Json[]) : [])
      items.set(canonicalJson(item), item);
  }
  return [...items.keys()].sort().map((key) => items.get(key) as Json);
}
