import { signIn } from '../../support/gateway'
import { sdkFor } from '../../support/sdk'
import type { System } from '../../support/system'
import { startWithFixtures } from './fixtures'

/**
 * getWXContext().SOURCE as CloudBase sets it (TCB_SOURCE): a function decides from it whether
 * the platform raised an event — a timer event is only trusted with SOURCE `wx_trigger`.
 */
let system: System
beforeAll(async () => {
  system = await startWithFixtures()
  await sdkFor(system).database().createCollection('ticks')
})
afterAll(() => system.stop())

test('a web caller of the HTTP API has no OPENID and no WeChat SOURCE; a function it calls sees scf', async () => {
  const me = await signIn(system, 'oSource')
  const res = await fetch(`${system.url}/v1/functions/context`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${me.token}` },
    body: JSON.stringify({ nested: true }),
  })
  // Its identity travels as TCB_CUSTOM_USER_ID (node-sdk's customUserId; src/server/identity.ts).
  expect(await res.json()).toEqual({
    openid: '',
    source: '',
    inner: { openid: '', source: 'scf' },
  })
})

test('the emulator’s invoke hook is no WeChat source: no SOURCE, nothing left from the last call', async () => {
  await system.invoke('context', {}, 'oA')
  expect(await system.invoke('context', {})).toEqual({ openid: '', source: '' })
})

test('a timer trigger runs with SOURCE wx_trigger and no OPENID', async () => {
  const t0 = Date.UTC(2026, 10, 23, 0, 1, 0)
  await system.admin('clock', { now: t0 })
  await system.admin('tick')
  await system.admin('clock', { now: t0 + 5 * 60_000 })
  await system.admin('tick')
  const { data } = await sdkFor(system).database().collection('ticks').get()
  expect(data).toEqual([
    expect.objectContaining({ type: 'Timer', openid: '', source: 'wx_trigger' }),
  ])
  await system.admin('clock', { now: null })
})
