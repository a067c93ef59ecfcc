import type { ReportSummary } from '@shared/contracts/report'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * An environment from before streets (issue 20): no `streets` document, and places, reports,
 * applications, invitations and staff without `streetId`. The sla timer waits until the district
 * creates the street, then gives the old documents that street a bounded batch a round (strict
 * indexes, more reports than one batch); residents keep none, a document with a street keeps
 * its own, and a second walk writes nothing.
 */
let system: System
let cloud: WxCloud
let district: GatewayUser
const OLD_REPORTS = 520

const db = () => cloud.database()
const PLACES = {
  communities: { _id: 'c-old', name: '老城社区' },
  property_companies: { _id: 'pc-old', name: '老城物业', servicePhone: '0473-2000000' },
  compounds: { _id: 'cp-old', name: '老城小区', communityId: 'c-old', propertyCompanyId: 'pc-old' },
  grids: { _id: 'g-old', name: '老城网格', communityId: 'c-old', workerOpenid: '', polygon: [] },
  buildings: { _id: 'b-old', name: '老城1号楼', communityId: 'c-old', gridId: 'g-old', units: [] },
  applications: { _id: 'a-old', state: 'submitted', applicantOpenid: 'old-resident' },
  invitations: { _id: 'i-old', role: 'grid_worker', gridId: 'g-old', name: '某某' },
}
const streetOf = async (coll: string, id: string) =>
  ((await db().collection(coll).doc(id).get()).data as { streetId?: string }).streetId

async function tick(minute: number) {
  await system.admin('clock', { now: Date.now() + minute * 60_000 })
  const r = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  const ok = r.fired.filter((f) => f.name === 'sla').map((f) => f.ok)
  if (ok[0] !== true) throw new Error(system.log.join('').slice(-3000))
}

/** Ticks until the walk says done (each round one batch of one collection). */
let minute = 0
async function walk(): Promise<void> {
  for (let round = 0; round < 30; round++) {
    minute += 2
    await tick(minute)
    const { data } = await db().collection('settings').where({ _id: 'streetBackfill' }).get()
    if (data[0]?.done) return
  }
  throw new Error('the backfill did not finish in 30 rounds')
}

beforeAll(async () => {
  system = await startSystem({ env: { XB_STRICT_INDEXES: '1' } })
  cloud = sdkFor(system)
  await system.admin('clock', { now: Date.now() })
  // Before streets: no street at all, and no cursor from an earlier round.
  for (const id of ['haibei', 'fenghuang']) await db().collection('streets').doc(id).remove()
  await db()
    .collection('settings')
    .doc('streetBackfill')
    .remove()
    .catch(() => undefined)
  for (const [coll, doc] of Object.entries(PLACES)) await db().collection(coll).add({ data: doc })
  const { data: base } = await db().collection('reports').doc('r-demo-2').get()
  delete base._id
  delete base.streetId
  for (let i = 0; i < OLD_REPORTS; i++)
    await db()
      .collection('reports')
      .add({
        data: {
          ...base,
          _id: `r-old-${String(i).padStart(4, '0')}`,
          no: `BS20240101-${String(i).padStart(4, '0')}`,
          requestKey: `old:${i}`,
          state: 'closed',
          // An early build stored '' for "no street": that is no street too.
          ...(i === 7 ? { streetId: '' } : {}),
        },
      })
  await db()
    .collection('users')
    .add({ data: { _id: 'old-office', role: 'office', name: '老主任' } })
  await db()
    .collection('users')
    .add({ data: { _id: 'old-resident', role: 'resident', name: '老居民' } })
  district = await signIn(system, 'demo-district-1')
}, 180_000)
afterAll(async () => {
  await system.admin('clock', { now: null })
  await system.stop()
})

test('with no street yet the timer waits; the street the district creates gets the old data', async () => {
  await tick(++minute)
  expect(await streetOf('reports', 'r-old-0000')).toBeUndefined()
  expect((await db().collection('settings').where({ _id: 'streetBackfill' }).get()).data).toEqual(
    [],
  )
  const oldOffice = await signIn(system, 'old-office')
  expect((await oldOffice.call('report.search', {})).error?.message).toMatch(/尚未归属任何街道/)

  const made = await district.call<{ id: string }>('grid.createStreet', {
    name: '老城街道',
    code: 'LC',
  })
  expect(made.data.id).toBe('st-lc')
  await walk()
  for (const [coll, doc] of Object.entries(PLACES))
    expect([coll, await streetOf(coll, doc._id)]).toEqual([coll, 'st-lc'])
  for (const id of ['r-old-0000', 'r-old-0007', 'r-old-0499', 'r-old-0500', 'r-old-0519'])
    expect([id, await streetOf('reports', id)]).toEqual([id, 'st-lc'])
  expect(await streetOf('users', 'old-office')).toBe('st-lc')
  // A resident's street is their home's; the seeded streets' documents keep their own.
  expect(await streetOf('users', 'old-resident')).toBeUndefined()
  expect(await streetOf('grids', 'g-fh-1')).toBe('fenghuang')
  expect(await streetOf('reports', 'r-demo-2')).toBe('haibei')

  // The old office now works its street: its old reports are in its queue.
  const again = await signIn(system, 'old-office')
  const r = await again.call<{ items: ReportSummary[] }>('report.search', { filter: 'all' })
  expect(r.ok).toBe(true)
  expect(r.data.items.length).toBeGreaterThan(0)
  expect(r.data.items.filter((i) => !i.id.startsWith('r-old-'))).toEqual([])
}, 240_000)

test('a second walk writes nothing: a document that has a street keeps it', async () => {
  const snapshot = async () => {
    const { total } = await db().collection('reports').where({ streetId: 'st-lc' }).count()
    const docs = await Promise.all(
      Object.entries(PLACES).map(
        async ([c, d]) => (await db().collection(c).doc(d._id).get()).data,
      ),
    )
    return JSON.stringify({ total, docs, office: await streetOf('users', 'old-office') })
  }
  // Moved to 凤凰岭 by hand since: a walk must not move it back.
  await db()
    .collection('reports')
    .doc('r-old-0003')
    .update({ data: { streetId: 'fenghuang' } })
  const before = await snapshot()
  await db().collection('settings').doc('streetBackfill').remove()
  await walk()
  expect(await snapshot()).toBe(before)
  expect(await streetOf('reports', 'r-old-0003')).toBe('fenghuang')
}, 240_000)
