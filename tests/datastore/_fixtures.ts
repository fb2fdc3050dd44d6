// Shared test data: a scrambled collection `/c` with noise around it, and the query cases run against it.

import type { QuerySpec } from './_oracle';

/** The key and value of the i-th row of collection `/c`; some fields are missing or null on purpose. */
function row(i: number): [string, Record<string, unknown>] {
  const value: Record<string, unknown> = { i, s: ['a', 'b', 'c', 'A'][i % 4] };
  if (i % 6 !== 0) value['n'] = (i * 7) % 5;
  if (i % 5 === 0) value['s'] = null;
  return [`/c/k${String(i).padStart(2, '0')}`, value];
}

/** 24 rows of `/c`, inserted in a scrambled order so insertion order is not key order. */
export const COLLECTION: [string, Record<string, unknown>][] = Array.from({ length: 24 }, (_, i) =>
  row((i * 5) % 24),
);

/** Keys near `/c` that a query on `/c` must not return. */
export const NOISE: [string, Record<string, unknown>][] = [
  ['/c', { n: 1, i: -1 }],
  ['/c/k01/child', { n: 2, i: -2 }],
  ['/d/k00', { n: 3, i: -3 }],
  ['/cc/k00', { n: 0, i: -4 }],
  ['/c/k01:typed', { n: 0, i: -5 }],
];

/** A typed key in collection `/c` (its path is `/c`). */
export const TYPED: [string, Record<string, unknown>] = ['/c:typed', { n: 2, s: 'b', i: 99 }];

const spec = (over: Partial<QuerySpec>): QuerySpec => ({
  key: '/c',
  filters: [],
  orders: [],
  offset: 0,
  limit: undefined,
  ...over,
});

/** Named query cases: selection, offset/limit, each operator, orders and combinations. */
export const QUERY_CASES: [string, QuerySpec][] = [
  ['all', spec({})],
  ['limit', spec({ limit: 5 })],
  ['limit 0', spec({ limit: 0 })],
  ['offset', spec({ offset: 3 })],
  ['limit with offset', spec({ offset: 3, limit: 4 })],
  ['offset past the end', spec({ offset: 100 })],
  ['limit past the end', spec({ limit: 100 })],
  ...(['<', '<=', '=', '!=', '>=', '>'] as const).map((op): [string, QuerySpec] => [
    `filter n ${op} 2`,
    spec({ filters: [['n', op, 2]] }),
  ]),
  ['filter = null (missing or null)', spec({ filters: [['n', '=', null]] })],
  ['filter != null', spec({ filters: [['s', '!=', null]] })],
  ['filter on strings', spec({ filters: [['s', '>', 'a']] })],
  ['filter across types never matches', spec({ filters: [['s', '<', 5]] })],
  [
    'two filters',
    spec({
      filters: [
        ['n', '>=', 1],
        ['s', '!=', 'b'],
      ],
    }),
  ],
  ['order ascending', spec({ orders: ['+n'] })],
  ['order descending', spec({ orders: ['-n'] })],
  ['order by a string field', spec({ orders: ['s'] })],
  ['two orders', spec({ orders: ['+s', '-n'] })],
  ['order with offset and limit', spec({ orders: ['-n'], offset: 2, limit: 5 })],
  [
    'filter, order, offset and limit',
    spec({ filters: [['n', '!=', 0]], orders: ['+s', '+n'], offset: 1, limit: 6 }),
  ],
  ['query on an empty collection', spec({ key: '/nothing' })],
];

/** Query cases that use offsetKey (stores whose cursors know keys). */
export const OFFSET_KEY_CASES: [string, QuerySpec][] = [
  ['offsetKey', spec({ offsetKey: '/c/k05' })],
  [
    'offsetKey with filter and limit',
    spec({ offsetKey: '/c/k10', filters: [['n', '>', 0]], limit: 3 }),
  ],
  ['offsetKey not stored', spec({ offsetKey: '/c/k05x' })],
];
