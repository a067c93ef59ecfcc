import http from 'node:http'
import { LIMITS, ruleText } from '@shared/limits'
import { signIn } from '../support/gateway'
import { pool } from '../support/callers'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'
import { anonToken } from '../support/http-api'

/**
 * Abuse limits (src/shared/limits.ts) through the gateway: a flood from one new user stops at the
 * rule with nothing more written; anonymous verify look-ups are counted per client address.
 */
let system: System
let cloud: WxCloud

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
})
afterAll(() => system.stop())

const count = async (coll: string, where: object) =>
  (await cloud.database().collection(coll).where(where).count()).total as number

test('1,000 reports from one brand-new user: the first ones go in, the rest are refused and write nothing', async () => {
  const u = await signIn(system, 'limits-newcomer')
  const input = (i: number) => ({
    target: 'grid',
    categoryKey: 'noise',
    description: `楼上噪音 ${i}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2', unit: '1单元' },
    urgency: 'normal',
    requestId: `flood-${String(i).padStart(6, '0')}`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
  // A frozen clock, mid-hour: the whole flood falls in one window of the hourly rule.
  await system.admin('clock', { now: Date.UTC(2026, 10, 23, 2, 20) })
  const inboxBefore = await count('messages', { toOpenid: 'demo-grid-1' })
  // A fresh window opened by several calls at once refuses none of them.
  const first = await Promise.all(
    [0, 1, 2, 3, 4, 5].map((i) => u.call('report.create', input(1000 + i))),
  )
  expect(first.map((a) => a.error?.code)).toEqual(Array(6).fill(undefined))
  const answers = await pool(
    8,
    Array.from({ length: 1000 }, (_, i) => () => u.call('report.create', input(i))),
  )
  const limit = LIMITS.reportPerUserHour.max
  const ok = answers.filter((a) => a.ok)
  const refused = answers.filter((a) => a.error?.code === 'RATE_LIMITED')
  expect(ok).toHaveLength(limit - first.length)
  expect(refused).toHaveLength(1000 - ok.length)
  expect(refused[0].error?.message).toMatch(/^提交报事过于频繁，请 \d+ 分钟后再试/)
  expect(refused[0].error?.message).toContain(ruleText(LIMITS.reportPerUserHour))
  expect(await count('reports', { reporterOpenid: 'limits-newcomer' })).toBe(limit)
  // The grid worker's inbox grew by the accepted reports only.
  expect((await count('messages', { toOpenid: 'demo-grid-1' })) - inboxBefore).toBe(limit)
  // A retry of an accepted report (same requestId) is still answered, not refused.
  const again = await u.call<{ duplicate: boolean }>('report.create', input(1000))
  expect(again.ok && again.data.duplicate).toBe(true)
  await system.admin('clock', { now: null })
}, 240_000)

/** The anonymous visitor's access token (the public verify page signs in anonymously). */
let anon = ''
beforeAll(async () => {
  anon = await anonToken(system)
})

/** An anonymous verify from a given local address (the whole 127/8 is this machine). */
function verifyFrom(address: string, code: string): Promise<{ ok: boolean; code?: string }> {
  const body = JSON.stringify({ action: 'certificate.verify', payload: { code } })
  const url = new URL(`${system.url}/v1/functions/certificate`)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${anon}`,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => {
          const j = JSON.parse(text)
          resolve({ ok: j.ok, code: j.error?.code })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

test('anonymous verify look-ups are limited per client address, not in one shared bucket', async () => {
  const max = LIMITS.verifyPerIpMinute.max
  // Freeze the clock so the whole flood falls in one minute's window.
  await system.admin('clock', { now: Date.UTC(2026, 10, 23, 2, 0, 5) })
  const flood = await pool(
    4,
    Array.from({ length: max + 10 }, () => () => verifyFrom('127.0.0.2', 'ABCDEFGHJKMN')),
  )
  expect(flood.filter((r) => r.code === 'NOT_FOUND')).toHaveLength(max)
  expect(flood.filter((r) => r.code === 'RATE_LIMITED')).toHaveLength(10)
  // Another address is not blocked by the first one's flood.
  expect((await verifyFrom('127.0.0.3', 'ABCDEFGHJKMN')).code).toBe('NOT_FOUND')
  await system.admin('clock', { now: null })
})
