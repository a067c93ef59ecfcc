import { MessagesStore } from '@/stores/MessagesStore'
import { FakeCloud } from '../../support/fake-cloud'

const msg = (id: string, read = false) => ({ id, title: id, body: '', read, createdAt: '' })

test('messages page like any list, keep the unread badge, and mark all read', async () => {
  const cloud = new FakeCloud()
    .on('user.messages', (p) => {
      const page = (p as { page: number }).page
      return { items: [msg(`m${page}`)], hasMore: page < 2, unread: 2 }
    })
    .on('user.markRead', () => ({ unread: 0 }))
  const messages = new MessagesStore(cloud)
  await messages.refresh()
  await messages.list.more()
  await messages.list.more() // no third page
  expect(messages.list.items.map((m) => m.id)).toEqual(['m1', 'm2'])
  expect(messages.unread).toBe(2)
  messages.onEvent({ type: 'message' } as never)
  expect(messages.unread).toBe(3)
  expect(messages.changes).toBe(1)
  await messages.markAllRead()
  expect(messages.unread).toBe(0)
  expect(messages.list.items.every((m) => m.read)).toBe(true)
})

test('the live poll’s probe: a new message or unread count is a change, as a live event', async () => {
  let items = [msg('m1')]
  let unread = 1
  const cloud = new FakeCloud().on('user.messages', () => ({ items, hasMore: false, unread }))
  const messages = new MessagesStore(cloud)
  await messages.refresh()
  expect(await messages.poll()).toBe(false)
  expect(messages.changes).toBe(0)
  items = [msg('m2'), msg('m1')]
  unread = 2
  expect(await messages.poll()).toBe(true)
  expect(messages.changes).toBe(1) // the inbox and an open report reload on this
  expect(messages.unread).toBe(2)
  expect(await messages.poll()).toBe(false)
})
