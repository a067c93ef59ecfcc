import { validateStandIn } from '@shared/grid/stand-in'
import {
  actorsOf,
  followUpOf,
  heldGrids,
  standInActive,
  timelineLine,
  validateActionInput,
  validateReportInput,
  type ReportCaller,
} from '@shared/reports'

/** Beijing midnight of a day, as an instant. */
const bj = (day: string) => new Date(`${day}T00:00:00+08:00`)
const STAND_IN = { gridId: 'g-2', from: '2026-12-21', to: '2026-12-22' }
const worker = (now: Date | null): ReportCaller => ({
  openid: 'w-1',
  role: 'grid_worker',
  user: { gridId: 'g-1', standIn: STAND_IN },
  ...(now ? { now: () => now } : {}),
})
const report = { reporterOpenid: 'r-1', handler: { kind: 'grid' as const, id: 'g-2' } }

describe('a stand-in holds a grid on the Beijing days of the period, inclusive', () => {
  test.each([
    ['2026-12-20T15:59:59Z', false], // Beijing 20th 23:59:59
    ['2026-12-20T16:00:00Z', true], // Beijing 21st 00:00
    ['2026-12-22T15:59:59Z', true], // Beijing 22nd 23:59:59
    ['2026-12-22T16:00:00Z', false], // Beijing 23rd 00:00
  ])('at %s: %s', (iso, held) => {
    const now = new Date(iso)
    expect(standInActive(STAND_IN, now)).toBe(held)
    expect(heldGrids(worker(now))).toEqual(held ? ['g-1', 'g-2'] : ['g-1'])
    expect(actorsOf(worker(now), report)).toEqual(held ? ['handler'] : [])
  })
  test('without a clock, or for another role, never', () => {
    expect(heldGrids(worker(null))).toEqual(['g-1'])
    expect(heldGrids({ ...worker(bj('2026-12-21')), role: 'property_staff' })).toEqual([])
  })
})

test('validateStandIn: real days, from ≤ to, not over, at most 90 days', () => {
  const ok = { gridId: 'g-1', openid: 'w-2', from: '2026-12-21', to: '2026-12-22' }
  expect(validateStandIn(ok, '2026-12-20')).toEqual(ok)
  const bad = (over: object, field: string) =>
    expect(() => validateStandIn({ ...ok, ...over }, '2026-12-20')).toThrow(
      expect.objectContaining({ fields: expect.objectContaining({ [field]: expect.any(String) }) }),
    )
  bad({ to: '2026-12-19' }, 'to')
  bad({ from: '2026-12-23' }, 'to')
  bad({ from: '2026-02-30' }, 'from')
  bad({ to: '2027-04-01' }, 'to')
  bad({ openid: '../x' }, 'openid')
})

test('a 回访 counts 满意 and 基本满意 as satisfied, 不满意 not, 未接通 not at all', () => {
  expect(followUpOf('satisfied')).toEqual({ satisfied: true })
  expect(followUpOf('basic')).toEqual({ satisfied: true })
  expect(followUpOf('unsatisfied')).toEqual({ satisfied: false })
  expect(followUpOf('unreached')).toBeNull()
  expect(() => validateActionInput('callback', { outcome: 'great' }, 0)).toThrow(
    expect.objectContaining({ fields: { outcome: expect.any(String) } }),
  )
})

test('the report form carries 不需要回电 and whom a 代报 is for, checked field by field', () => {
  const base = {
    target: 'grid',
    categoryKey: 'noise',
    description: '噪音',
    photos: [],
    location: { kind: 'address', buildingId: 'b-1' },
    requestId: 'abcdefgh',
  }
  expect(validateReportInput({ ...base, noCallback: true }).noCallback).toBe(true)
  expect(validateReportInput(base)).not.toHaveProperty('noCallback')
  const person = { kind: 'person', name: '刘桂芳', phone: '+86 139-1234-5678' }
  expect(validateReportInput({ ...base, onBehalf: person }).onBehalf).toEqual({
    kind: 'person',
    name: '刘桂芳',
    phone: '13912345678',
  })
  for (const onBehalf of [{ kind: 'person', name: '刘桂芳', phone: '123' }, { kind: 'x' }])
    expect(() => validateReportInput({ ...base, onBehalf })).toThrow(
      expect.objectContaining({ fields: { onBehalf: expect.any(String) } }),
    )
  expect(() => validateReportInput({ ...base, noCallback: 'yes' })).toThrow(
    expect.objectContaining({ fields: { noCallback: expect.any(String) } }),
  )
})

test('a 代报 reads as such on the timeline, with whom it was for', () => {
  const line = timelineLine({
    at: '2026-12-01T02:00:00Z',
    action: 'create',
    by: '网格员 张海燕',
    forWhom: '居民 刘桂芳',
  })
  expect(line).toMatchObject({
    title: '代居民提交报事',
    details: [{ label: '代报对象', text: '居民 刘桂芳' }],
  })
  expect(timelineLine({ at: '2026-12-01T02:00:00Z', action: 'create', by: '我' }).title).toBe(
    '提交报事',
  )
})
