import { factsOf } from '../../src/shared/figures'
import { categoryOf, deadlinesFor, searchTerms } from '../../src/shared/reports'
import { grids, users } from './haibei'

/**
 * A few reports of 海北街道 in different states, so the lists and the inbox are not empty on
 * first start. Shaped like the report function stores them (src/server/reports/model.ts).
 */
const HOUR = 3600_000

interface Spec {
  id: string
  reporter: string
  gridId: string
  buildingId: string
  label: string
  categoryKey: string
  description: string
  state: string
  hoursAgo: number
  steps: Array<[action: string, byOpenid: string, hoursAfter: number, note?: string]>
}

const SPECS: Spec[] = [
  {
    id: 'r-demo-1',
    reporter: 'demo-resident-1',
    gridId: 'g-xinhua-1',
    buildingId: 'b-xinhua-1-1',
    label: '新华小区1号楼 2单元',
    categoryKey: 'lighting',
    description: '2单元3楼楼道声控灯不亮，晚上上下楼看不见',
    state: 'submitted',
    hoursAgo: 1,
    steps: [],
  },
  {
    id: 'r-demo-2',
    reporter: 'demo-resident-2',
    gridId: 'g-binhe-1',
    buildingId: 'b-binhe-1-1',
    label: '滨河花园1号楼 1单元',
    categoryKey: 'drain',
    description: '单元门口下水井堵了，下雨积水',
    state: 'accepted',
    hoursAgo: 20,
    steps: [['accept', 'demo-grid-3', 1, '已联系市政疏通，预计明天上午处理']],
  },
  {
    id: 'r-demo-3',
    reporter: 'demo-resident-1',
    gridId: 'g-xinhua-1',
    buildingId: 'b-xinhua-1-2',
    label: '新华小区2号楼',
    categoryKey: 'garbage',
    description: '2号楼旁垃圾桶满了两天没人清运',
    state: 'resolved',
    hoursAgo: 30,
    steps: [
      ['accept', 'demo-grid-1', 0.5],
      ['resolve', 'demo-grid-1', 6, '已协调环卫清运，并增加清运频次'],
    ],
  },
  {
    id: 'r-demo-4',
    reporter: 'demo-resident-2',
    gridId: 'g-binhe-1',
    buildingId: 'b-binhe-1-2',
    label: '滨河花园2号楼',
    categoryKey: 'greening',
    description: '楼前绿化带树枝折断，挡住人行道',
    state: 'closed',
    hoursAgo: 72,
    steps: [
      ['accept', 'demo-grid-3', 1],
      ['resolve', 'demo-grid-3', 5, '已修剪清理'],
      ['confirm', 'demo-resident-2', 8, '处理很及时，谢谢！'],
    ],
  },
]

const person = (openid: string) => users.find((u) => u._id === openid)!

export function demoReports(now: number) {
  return SPECS.map((s) => withFacts(seedReport(s, now)))
}

/** Seeded reports carry their figures' facts, as every report the functions write does. */
function withFacts<R extends Parameters<typeof factsOf>[0]>(r: R) {
  return { ...r, fig: factsOf(r) }
}

function seedReport(s: Spec, now: number) {
  const grid = grids.find((g) => g._id === s.gridId)!
  const worker = person(grid.workerOpenid)
  const reporter = person(s.reporter)
  const createdAt = now - s.hoursAgo * HOUR
  const d = deadlinesFor(s.categoryKey, 'normal', createdAt)
  const event = (action: string, by: string, at: number, note?: string) => {
    const p = person(by)
    return {
      at: new Date(at),
      action,
      byOpenid: by,
      byRole: p.role,
      byName: p.name,
      ...(note ? { note } : {}),
    }
  }
  return {
    _id: s.id,
    no: `BS-DEMO-${s.id.slice(-1)}`,
    requestKey: `${s.reporter}:seed-${s.id}`,
    requestId: `seed-${s.id}`,
    reporterOpenid: s.reporter,
    reporter: { name: reporter.name, phone: (reporter as { phone?: string }).phone ?? '' },
    target: 'grid',
    categoryKey: s.categoryKey,
    taxonomyCode: categoryOf(s.categoryKey).taxonomyCode,
    description: s.description,
    // As report.create stores it: the office's search by words is served by the terms index.
    terms: searchTerms(s.description),
    photos: [],
    location: { kind: 'address', buildingId: s.buildingId },
    place: {
      label: s.label,
      area: s.label.split(' ')[0],
      buildingId: s.buildingId,
      gridId: grid._id,
      communityId: grid.communityId,
      point: null,
    },
    urgency: 'normal',
    state: s.state,
    version: 1 + s.steps.length,
    handler: {
      kind: 'grid',
      id: grid._id,
      name: grid.name,
      staffOpenids: [grid.workerOpenid],
      contactName: worker.name,
      contactPhone: (worker as { phone?: string }).phone ?? '',
    },
    deadlines: { acceptBy: new Date(d.acceptBy), resolveBy: new Date(d.resolveBy) },
    followers: [],
    events: [
      event('create', s.reporter, createdAt),
      ...s.steps.map(([a, by, h, note]) => event(a, by, createdAt + h * HOUR, note)),
    ],
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt + (s.steps.at(-1)?.[2] ?? 0) * HOUR),
  }
}
