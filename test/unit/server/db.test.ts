import { loadAll, paged, type Database, type Query } from '@/server/db'

/** An ordered list standing in for a query: records the skip and limit it was read with. */
function listQuery(rows: number[], reads: Array<[number, number]>, order: string[] = []): Query {
  let skip = 0
  const q = {
    orderBy: (f: string, d: string) => (order.push(`${f} ${d}`), q),
    skip: (n: number) => ((skip = n), q),
    limit: (n: number) => ({
      get: async () => (reads.push([skip, n]), { data: rows.slice(skip, skip + n) }),
    }),
  }
  return q as unknown as Query
}

test('paged reads one row more than the page to know whether more follow', async () => {
  const reads: Array<[number, number]> = []
  const rows = Array.from({ length: 45 }, (_, i) => i)
  expect(await paged(listQuery(rows, reads), 2, 20)).toEqual({
    rows: rows.slice(20, 40),
    hasMore: true,
  })
  expect(await paged(listQuery(rows, reads), 3, 20)).toEqual({
    rows: rows.slice(40),
    hasMore: false,
  })
  expect(reads).toEqual([
    [20, 21],
    [40, 21],
  ])
})

test('paged refuses an unbounded page before it reads anything', async () => {
  const reads: Array<[number, number]> = []
  for (const page of [0, 1e308, 1001, 2.5])
    await expect(paged(listQuery([1], reads), page, 20)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  expect(reads).toEqual([])
})

test('loadAll reads in pages of 1000, ordered by _id, until a short page', async () => {
  const reads: Array<[number, number]> = []
  const order: string[] = []
  const rows = Array.from({ length: 2500 }, (_, i) => i)
  const db = {
    collection: () => ({ where: () => listQuery(rows, reads, order) }),
  } as unknown as Database
  expect(await loadAll(db, 'reports')).toHaveLength(2500)
  // Pages of an unordered query may skip or repeat documents.
  expect(order).toEqual(['_id asc', '_id asc', '_id asc'])
  expect(reads).toEqual([
    [0, 1000],
    [1000, 1000],
    [2000, 1000],
  ])
})
