import { useEmulator } from './support'

const SALES = [
  { _id: 's1', item: 'lamp', qty: 2, price: 10, cust: 'c1', tags: ['light', 'home'] },
  { _id: 's2', item: 'lamp', qty: 1, price: 12, cust: 'c2', tags: ['light'] },
  { _id: 's3', item: 'pipe', qty: 5, price: 3, cust: 'c1', tags: [] },
  { _id: 's4', item: 'seed', qty: 10, price: 1, cust: 'c3' },
  { _id: 's5', item: 'pipe', qty: 1, price: 4, cust: 'c9', tags: ['home'] },
]
const CUSTOMERS = [
  { _id: 'c1', name: '王' },
  { _id: 'c2', name: '李' },
  { _id: 'c3', name: '张' },
]
const t = useEmulator({ conf_sales: SALES, conf_customers: CUSTOMERS })

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pipe = (agg: any, $: any, _: any) => any
const CASES: Array<[string, Pipe, unknown[]]> = [
  ['match', (a, $, _) => a.match({ qty: _.gte(5) }).sort({ _id: 1 }), [SALES[2], SALES[3]]],
  [
    'group sum',
    (a, $) => a.group({ _id: '$item', total: $.sum('$qty') }).sort({ _id: 1 }),
    [
      { _id: 'lamp', total: 3 },
      { _id: 'pipe', total: 6 },
      { _id: 'seed', total: 10 },
    ],
  ],
  [
    'group count with sum(1)',
    (a, $) => a.group({ _id: '$item', n: $.sum(1) }).sort({ n: -1, _id: 1 }),
    [
      { _id: 'lamp', n: 2 },
      { _id: 'pipe', n: 2 },
      { _id: 'seed', n: 1 },
    ],
  ],
  [
    'group avg',
    (a, $) => a.group({ _id: '$item', avg: $.avg('$price') }).sort({ _id: 1 }),
    [
      { _id: 'lamp', avg: 11 },
      { _id: 'pipe', avg: 3.5 },
      { _id: 'seed', avg: 1 },
    ],
  ],
  [
    'group min and max',
    (a, $) => a.group({ _id: null, lo: $.min('$price'), hi: $.max('$price') }),
    [{ _id: null, lo: 1, hi: 12 }],
  ],
  [
    'group push',
    (a, $) =>
      a
        .sort({ _id: 1 })
        .group({ _id: '$item', custs: $.push('$cust') })
        .sort({ _id: 1 }),
    [
      { _id: 'lamp', custs: ['c1', 'c2'] },
      { _id: 'pipe', custs: ['c1', 'c9'] },
      { _id: 'seed', custs: ['c3'] },
    ],
  ],
  [
    'group sum of a computed value',
    (a, $) => a.group({ _id: null, revenue: $.sum($.multiply(['$qty', '$price'])) }),
    [{ _id: null, revenue: 20 + 12 + 15 + 10 + 4 }],
  ],
  [
    'sort, skip, limit',
    (a) => a.sort({ qty: -1 }).skip(1).limit(2).project({ _id: 1 }),
    [{ _id: 's3' }, { _id: 's1' }],
  ],
  [
    'project include',
    (a) => a.match({ _id: 's1' }).project({ item: 1, qty: 1 }),
    [{ _id: 's1', item: 'lamp', qty: 2 }],
  ],
  [
    'project exclude',
    (a) => a.match({ _id: 's4' }).project({ _id: 0, cust: 0 }),
    [{ item: 'seed', qty: 10, price: 1 }],
  ],
  [
    'project a computed field',
    (a, $) => a.match({ _id: 's1' }).project({ _id: 0, amount: $.multiply(['$qty', '$price']) }),
    [{ amount: 20 }],
  ],
  ['count', (a, $, _) => a.match({ price: _.lt(5) }).count('cheap'), [{ cheap: 3 }]],
  [
    'unwind',
    (a) => a.match({ _id: 's1' }).unwind('$tags').project({ tags: 1 }),
    [
      { _id: 's1', tags: 'light' },
      { _id: 's1', tags: 'home' },
    ],
  ],
  [
    'unwind drops empty and missing arrays',
    (a, $) => a.unwind('$tags').group({ _id: null, n: $.sum(1) }),
    [{ _id: null, n: 4 }],
  ],
  [
    'unwind then group by tag',
    (a, $) =>
      a
        .unwind('$tags')
        .group({ _id: '$tags', n: $.sum(1) })
        .sort({ _id: 1 }),
    [
      { _id: 'home', n: 2 },
      { _id: 'light', n: 2 },
    ],
  ],
  [
    'lookup joins another collection',
    (a) =>
      a
        .match({ _id: 's2' })
        .lookup({ from: 'conf_customers', localField: 'cust', foreignField: '_id', as: 'c' })
        .project({ c: 1 }),
    [{ _id: 's2', c: [{ _id: 'c2', name: '李' }] }],
  ],
  [
    'lookup with no match gives []',
    (a) =>
      a
        .match({ _id: 's5' })
        .lookup({ from: 'conf_customers', localField: 'cust', foreignField: '_id', as: 'c' })
        .project({ c: 1 }),
    [{ _id: 's5', c: [] }],
  ],
  [
    'match after group',
    (a, $, _) => a.group({ _id: '$cust', n: $.sum(1) }).match({ n: _.gt(1) }),
    [{ _id: 'c1', n: 2 }],
  ],
  ['an empty pipeline result', (a, $, _) => a.match({ qty: _.gt(100) }), []],
]

test.each(CASES)('%s', async (_name, build, expected) => {
  const $ = t.db.command.aggregate
  const { list } = await build(t.db.collection('conf_sales').aggregate(), $, t._).end()
  expect(list).toEqual(expected)
})
