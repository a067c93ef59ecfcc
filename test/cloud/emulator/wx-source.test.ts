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

test('a client call is wx_client with its OPENID; a function it calls sees wx_client,scf', async () => {
  const me = await signIn(system, 'oSource')
  const res = await fetch(`${system.url}/api/functions/context`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${me.token}` },
    body: JSON.stringify({ nested: true }),
  })
  expect(await res.json()).toEqual({
    openid: 'oSource',
    source: 'wx_client',
    inner: { openid: 'oSource', source: 'wx_client,scf' },
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
