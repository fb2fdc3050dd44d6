// Internal: what of a query a key-ordered engine can do itself (offsetKey, and limit when no filter or order).

import type { Query } from '../query.ts';

/** The part of a query a key-ordered backend evaluates natively. */
export interface Paging {
  /** Start strictly after this key string (the query's offsetKey). */
  after: string | undefined;
  /** Read at most this many entries (offset + limit), or all when undefined. */
  take: number | undefined;
}

/**
 * The pushed-down part of `query`: offsetKey always; offset + limit only when no filter or order
 * could drop or reorder entries. The cursor still applies everything, so this only saves reads.
 * @example paging(new Query('/c', { limit: 2, offset: 1 })) // { after: undefined, take: 3 }
 */
export function paging(query: Query): Paging {
  const after = query.offsetKey?.toString();
  const plain = query.filters.length === 0 && query.orders.length === 0;
  const take = plain && query.limit !== undefined ? query.offset + query.limit : undefined;
  return { after, take };
}
