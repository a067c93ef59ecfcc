import { walkRound } from '@/server/batch-walk'
import type { Database } from '@/server/db'

/** A store of `n` reports and the settings, read the way walkRound reads them. */
function fakeDb(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `r-${String(i).padStart(3, '0')}`)
  const settings = new Map<string, object>()
  const reads: number[] = []
  const db = {
    command: { gt: (v: string) => ({ $gt: v }) },
    collection: (name: string) => ({
      where: (w: { _id: string | { $gt: string } }) => {
        const q = {
          orderBy: () => q,
          limit: (size: number) => ({
            get: async () => {
              if (name === 'settings') {
                const doc = settings.get(w._id as string)
                return { data: doc ? [doc] : [] }
              }
              const rows = ids.filter((id) => id > (w._id as { $gt: string }).$gt).slice(0, size)
              reads.push(rows.length)
              return { data: rows.map((_id) => ({ _id })) }
            },
          }),
        }
        return q
      },
      doc: (id: string) => ({ set: async ({ data }: { data: object }) => settings.set(id, data) }),
    }),
  } as unknown as Database
  return { db, reads }
}

test('a round reads at most its pages and the next carries on where it stopped', async () => {
  const { db, reads } = fakeDb(250)
  const seen: string[] = []
  const walk = () =>
    walkRound<{ _id: string }>(db, 't', 'reports', {}, async (r) => void seen.push(r._id))
  expect(await walk()).toEqual({ read: 200, passDone: false, failed: 0 })
  expect(await walk()).toEqual({ read: 50, passDone: true, failed: 0 })
  expect(reads).toEqual([100, 100, 50])
  expect(new Set(seen).size).toBe(250) // each once
  expect((await walk()).read).toBe(200) // a new pass from the first
})

test('a row that throws is counted and the walk moves past it', async () => {
  const { db } = fakeDb(30)
  const seen: string[] = []
  const err = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const r = await walkRound<{ _id: string }>(db, 't', 'reports', {}, async (row) => {
    if (row._id === 'r-003') throw new Error('bad report')
    seen.push(row._id)
  })
  expect(r).toEqual({ read: 30, passDone: true, failed: 1 })
  expect(seen).toHaveLength(29)
  expect(err).toHaveBeenCalledTimes(1)
  err.mockRestore()
})
