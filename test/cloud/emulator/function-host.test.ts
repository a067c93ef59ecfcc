import type { System } from '../../support/system'
import { sdkFor } from '../../support/sdk'
import { invokeRaw, startWithFixtures } from './fixtures'

let system: System
beforeAll(async () => {
  system = await startWithFixtures({ env: { POOL_SIZE: '4' } })
  await sdkFor(system).database().createCollection('ticks')
})
afterAll(() => system.stop())

test('identity isolation: 50 concurrent calls from 5 users each see their own OPENID', async () => {
  const users = ['oA', 'oB', 'oC', 'oD', 'oE']
  const calls = Array.from({ length: 50 }, (_, i) => {
    const openid = users[i % users.length]
    return system
      .invoke<{ openid: string; tag: number }>('whoami', { tag: i, wait: 10 + (i % 7) * 5 }, openid)
      .then((r) => ({ openid, r }))
  })
  for (const { openid, r } of await Promise.all(calls)) expect(r.openid).toBe(openid)
})

test('a call without a user has no OPENID (not the previous caller’s)', async () => {
  await system.invoke('whoami', {}, 'oA')
  expect(await system.invoke('whoami', {})).toMatchObject({ openid: '' })
})

test('a function past its config.json timeout fails as on the platform; the next call works', async () => {
  const slow = await invokeRaw(system.url, 'sleeper', { ms: 3000 })
  expect(slow.status).toBe(504)
  expect(slow.body).toMatchObject({
    errCode: -504002,
    errMsg: expect.stringMatching(/timed out after 1\.00 seconds/),
  })
  expect(await system.invoke('sleeper', { ms: 10 })).toEqual({ slept: 10 })
})

test('loading a function’s code is initialization: it does not count against the call’s timeout', async () => {
  expect(await system.invoke('slowload', {})).toEqual({ loaded: true })
})

test.each(['throw', 'exit', 'async'])(
  'a function that crashes (%s) returns the platform error, then runs again',
  async (mode) => {
    const r = await invokeRaw(system.url, 'crasher', { mode })
    expect(r.status).toBeGreaterThanOrEqual(500)
    expect(r.body).toMatchObject({
      errCode: -504002,
      errMsg: expect.stringContaining('functions execute fail'),
    })
    expect(await system.invoke('crasher', {})).toMatchObject({ fine: true })
  },
)

test('an unknown function is a clear 404', async () => {
  const r = await invokeRaw(system.url, 'nope', {})
  expect(r.status).toBe(404)
  expect(r.body.errMsg).toMatch(/nope/)
})

test('a function calling a function keeps the original caller', async () => {
  expect(await system.invoke('caller', {}, 'oZ')).toEqual({
    me: 'oZ',
    inner: { openid: 'oZ', tag: 'inner' },
  })
})

test('one log line per invocation: function, action, caller, ms, result', async () => {
  const before = system.log
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('[fn] whoami')).length
  await system.invoke('whoami', { action: 'x.y' }, 'oLog')
  await new Promise((r) => setTimeout(r, 50))
  const lines = system.log
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('[fn] whoami'))
  expect(lines.length).toBe(before + 1)
  expect(lines[lines.length - 1]).toMatch(/^\[fn\] whoami x\.y openid=oLog \d+ms ok$/)
})

test('a timer trigger fires on its cron schedule by the emulator clock, with no OPENID, once per due time', async () => {
  const db = sdkFor(system).database()
  // 2026-11-23 08:01:00 Beijing = 00:01 UTC. The trigger is every 5 minutes on the minute.
  const t0 = Date.UTC(2026, 10, 23, 0, 1, 0)
  await system.admin('clock', { now: t0 })
  await system.admin('tick')
  await system.admin('clock', { now: t0 + 3 * 60_000 }) // 08:04 — nothing due
  expect((await system.admin<{ fired: unknown[] }>('tick')).fired).toEqual([])
  await system.admin('clock', { now: t0 + 4 * 60_000 + 1000 }) // 08:05:01 — due at 08:05:00
  const { fired } = await system.admin<{ fired: Array<{ name: string; at: string; ok: boolean }> }>(
    'tick',
  )
  expect(fired).toEqual([
    { name: 'ticker', trigger: 'every5min', at: '2026-11-23T00:05:00.000Z', ok: true },
  ])
  expect((await system.admin<{ fired: unknown[] }>('tick')).fired).toEqual([]) // not twice
  // Only this test's day: the emulator's real-time timer may have fired at a wall-clock 5-minute
  // mark while the earlier tests ran (it did once in CI, at 20:35:00), before the clock froze.
  const { data } = await db.collection('ticks').get()
  const onTestDay = (data as Array<{ at?: unknown }>).filter((d) =>
    String(d.at).startsWith('2026-11-23'),
  )
  expect(onTestDay).toEqual([
    expect.objectContaining({
      type: 'Timer',
      trigger: 'every5min',
      openid: '',
      clock: String(t0 + 4 * 60_000 + 1000),
    }),
  ])
  await system.admin('clock', { now: null })
})
