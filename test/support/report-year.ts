import { factsOf, type FactsInput } from '@shared/figures'
import { addRollups } from './rollups'
import type { WxCloud } from './sdk'

/**
 * Generated reports of random paths through the loop around November 2026, written straight into
 * the database as a year of data would be (the figures' and the rollup rebuild's cloud tests).
 */
const GRIDS = [
  ['g-xinhua-1', 'c-xinhua'],
  ['g-xinhua-2', 'c-xinhua'],
  ['g-binhe-1', 'c-binhe'],
]
const COMPANIES = ['pc-lvcheng', 'pc-wanjia']
const CATS = ['lighting', 'drain', 'garbage', 'noise', 'other']
export const H = 3600_000

/** A small deterministic generator, so a failure can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

/** One report of a random path through the loop, at a random time around November 2026. */
export function generated(i: number, r: () => number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const created = Date.parse('2026-10-20T00:00:00Z') + r() * 50 * 24 * H
  const property = r() < 0.35
  const [gridId, communityId] = pick(GRIDS)
  const handlerId = property ? pick(COMPANIES) : gridId
  const acceptBy = created + (2 + r() * 46) * H
  const resolveBy = created + (24 + r() * 200) * H
  const events: Array<Record<string, unknown>> = [{ at: new Date(created), action: 'create' }]
  let t = created
  const step = (action: string, extra: object = {}) => {
    t += r() * 60 * H
    events.push({ at: new Date(t), action, byOpenid: `w-${handlerId}`, ...extra })
  }
  const path = pick([
    'submitted',
    'accepted',
    'resolved',
    'rated',
    'auto',
    'reopened',
    'escalated',
    'rejected',
    'duplicate',
    'twice',
  ])
  let state = path
  let rating: { score: number; comment: string; at: Date } | undefined
  if (path === 'rejected' || path === 'duplicate')
    step(path === 'rejected' ? 'reject' : 'markDuplicate')
  if (path === 'escalated') step('escalate')
  if (['accepted', 'resolved', 'rated', 'auto', 'reopened', 'twice'].includes(path)) step('accept')
  if (['resolved', 'rated', 'auto', 'reopened', 'twice'].includes(path)) step('resolve')
  if (path === 'rated' || path === 'twice') {
    const score = 1 + Math.floor(r() * 5)
    step('confirm', { rating: score })
    rating = { score, comment: '', at: new Date(t) }
    state = 'closed'
  }
  if (path === 'auto') {
    step('autoClose')
    state = 'closed'
  }
  if (path === 'reopened') step('reopen')
  if (path === 'twice') {
    step('reopen')
    step('resolve')
    const score = 1 + Math.floor(r() * 5)
    step('confirm', { rating: score })
    rating = { score, comment: '', at: new Date(t) }
    state = 'closed'
  }
  const followUp =
    state === 'closed' && r() < 0.2 ? { satisfied: r() < 0.7, at: new Date(t + H) } : undefined
  return {
    _id: `fig-${i}`,
    // The demo street's (issue 20: the office's figures count its own street only).
    streetId: 'haibei',
    no: `BS-FIG-${i}`,
    requestKey: `gen:${i}`,
    requestId: `gen-${i}`,
    reporterOpenid: `gen-resident-${i % 50}`,
    reporter: { name: '测试', phone: '' },
    target: property ? 'property' : 'grid',
    categoryKey: pick(CATS),
    taxonomyCode: '',
    description: '生成的报事',
    photos: [],
    location: { kind: 'address', buildingId: 'b-x' },
    place: { label: '', area: '', buildingId: null, gridId, communityId, point: null },
    urgency: 'normal',
    state: state === 'rated' || state === 'auto' || state === 'twice' ? 'closed' : state,
    version: events.length,
    handler: {
      kind: property ? 'property' : 'grid',
      id: handlerId,
      name: handlerId,
      staffOpenids: [],
      contactName: '',
      contactPhone: '',
    },
    deadlines: { acceptBy: new Date(acceptBy), resolveBy: new Date(resolveBy) },
    followers: [],
    events,
    ...(rating ? { rating } : {}),
    ...(followUp ? { followUp } : {}),
    overdue: ['submitted', 'accepted', 'reopened', 'escalated'].includes(state) && r() < 0.5,
    createdAt: new Date(created),
    updatedAt: new Date(t),
  }
}

/** Stored as the functions store a report: with its facts. */
export const stored = (doc: ReturnType<typeof generated>) => ({
  ...doc,
  fig: factsOf(doc as unknown as FactsInput),
})

/** Writes `docs` (from `stored`) into `reports`, 50 at a time, and adds their rollups. */
export async function addReports(cloud: WxCloud, docs: object[]): Promise<void> {
  const c = cloud.database().collection('reports')
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => c.add({ data })))
  await addRollups(cloud, docs)
}
