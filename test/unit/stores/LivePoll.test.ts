import { LivePoll, nextDelay, POLL, type Timers } from '@/stores/LivePoll'

/** Timers the test runs by hand: what is scheduled, and when. */
class ManualTimers implements Timers {
  pending: Array<{ fn: () => void; ms: number; id: number }> = []
  private next = 0
  set(fn: () => void, ms: number) {
    const id = ++this.next
    this.pending.push({ fn, ms, id })
    return id
  }
  clear(id: unknown) {
    this.pending = this.pending.filter((p) => p.id !== id)
  }
  /** Fires the one pending timer and lets the probe's promise settle. */
  async fire(): Promise<number> {
    const t = this.pending.shift()
    if (!t) throw new Error('nothing scheduled')
    t.fn()
    for (let i = 0; i < 5; i++) await Promise.resolve()
    return t.ms
  }
}

test('the backoff grows while nothing changes, to a ceiling, and resets on a change', () => {
  let d = POLL.first
  const seen = [d]
  for (let i = 0; i < 8; i++) seen.push((d = nextDelay(d, false)))
  expect(seen.slice(0, 4)).toEqual([3000, 4500, 6750, 10125])
  expect(Math.max(...seen)).toBe(POLL.max)
  expect(nextDelay(POLL.max, true)).toBe(POLL.first)
})

test('polls only while a page is shown, backs off, and stops when the last one hides', async () => {
  const timers = new ManualTimers()
  const answers = [false, false, true, false]
  let probes = 0
  const poll = new LivePoll(async () => answers[probes++] ?? false, true, timers)
  expect(timers.pending).toHaveLength(0) // nothing on screen: nothing polls
  const hideInbox = poll.show()
  const hideDetail = poll.show() // a second page on top shares the one poll
  expect(timers.pending).toHaveLength(1)
  expect(await timers.fire()).toBe(3000)
  expect(await timers.fire()).toBe(4500)
  expect(await timers.fire()).toBe(6750) // this one saw a change…
  expect(await timers.fire()).toBe(3000) // …so the next comes soon again
  hideDetail()
  hideDetail() // a second hide of the same page changes nothing
  expect(timers.pending).toHaveLength(1)
  hideInbox()
  expect(timers.pending).toHaveLength(0)
  expect(poll.active).toBe(false)
  expect(probes).toBe(4)
})

test('where a live stream serves (H5), showing a page starts no poll', () => {
  const timers = new ManualTimers()
  const poll = new LivePoll(async () => true, false, timers)
  poll.show()
  expect(timers.pending).toHaveLength(0)
})

test('a failed probe (offline) backs off instead of stopping', async () => {
  const timers = new ManualTimers()
  const poll = new LivePoll(() => Promise.reject(new Error('offline')), true, timers)
  poll.show()
  await timers.fire()
  expect(timers.pending.map((p) => p.ms)).toEqual([4500])
})
