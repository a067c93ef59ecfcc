import { PagedList } from '@/stores/PagedList'

test('pages append; a new filter starts over; counts come from the server', async () => {
  const fetch = jest.fn(async (f: string, page: number) => ({
    items: [`${f}${page}`],
    hasMore: page < 2,
    counts: { a: 2, b: 1 },
  }))
  const list = new PagedList<string, 'a' | 'b'>('a', fetch)
  await list.refresh()
  await list.more()
  await list.more() // no more pages: no call
  expect(list.items).toEqual(['a1', 'a2'])
  expect(fetch).toHaveBeenCalledTimes(2)
  await list.show('b')
  expect(list.items).toEqual(['b1'])
  expect(list.counts).toEqual({ a: 2, b: 1 })
})

test('an answer for a filter the user already left is dropped', async () => {
  let release!: () => void
  const fetch = jest.fn(async (f: string) => {
    if (f === 'a') await new Promise<void>((r) => (release = r))
    return { items: [f], hasMore: false }
  })
  const list = new PagedList<string, 'a' | 'b'>('a', fetch)
  const slow = list.refresh()
  await list.show('b')
  release()
  await slow
  expect(list.items).toEqual(['b'])
})

test('a failure shows its message', async () => {
  const list = new PagedList<string, 'a'>('a', async () => Promise.reject(new Error('网络不给力')))
  await list.refresh()
  expect(list).toMatchObject({ status: 'error', error: '网络不给力' })
})
