import { REPORT_STATES } from '@shared/reports'
import {
  WORK_COUNTS,
  workCountsOf,
  workLink,
  type StateTally,
} from '@shared/reports/work-counts'

/** One report in every state, overdue or not: 22 groups of one. */
const every: StateTally[] = REPORT_STATES.flatMap((state) => [
  { state, overdue: false, n: 1 },
  { state, overdue: true, n: 1 },
])
const only = (state: string, overdue = false, n = 1): StateTally[] => [{ state, overdue, n }]

describe('work counts by role', () => {
  it('gives each role exactly its keys', () => {
    expect(Object.keys(workCountsOf('grid_worker', every)).sort()).toEqual(['overdue', 'pending'])
    expect(Object.keys(workCountsOf('property_staff', every)).sort()).toEqual([
      'overdue',
      'pending',
    ])
    expect(Object.keys(workCountsOf('office', every, 3)).sort()).toEqual([
      'applications',
      'escalations',
      'overdue',
      'pending',
    ])
  })

  it('counts a handler’s 待受理 as submitted + transferred, overdue or not', () => {
    // submitted, transferred × (on time, overdue)
    expect(workCountsOf('grid_worker', every).pending).toBe(4)
    expect(workCountsOf('grid_worker', only('accepted')).pending).toBe(0)
  })

  it('counts a handler’s 已超时 as the inbox’s tab does: open, overdue', () => {
    // every open state (the inbox's 待受理 and 处理中 tabs), overdue
    expect(workCountsOf('property_staff', every).overdue).toBe(7)
    expect(workCountsOf('grid_worker', only('accepted', false, 7)).overdue).toBe(0)
    // Resolved or finished: no clock runs any more.
    expect(workCountsOf('grid_worker', only('resolved', true)).overdue).toBe(0)
    expect(workCountsOf('grid_worker', only('closed', true)).overdue).toBe(0)
  })

  it('counts the office’s queues over the street and its applications', () => {
    const c = workCountsOf('office', every, 5)
    expect(c.pending).toBe(4)
    // returned, escalated: with the office; a department's (assigned) is 处理中
    expect(c.escalations).toBe(4)
    // every open state, overdue: submitted, transferred, returned, escalated, assigned, accepted, reopened
    expect(c.overdue).toBe(7)
    expect(c.applications).toBe(5)
  })

  it('sums the tally’s groups', () => {
    const c = workCountsOf('grid_worker', [
      { state: 'submitted', overdue: false, n: 12 },
      { state: 'submitted', overdue: true, n: 3 },
      { state: 'reopened', overdue: true, n: 2 },
    ])
    expect(c).toEqual({ pending: 15, overdue: 5 })
  })

  it('opens each count’s own list, filtered', () => {
    for (const role of ['grid_worker', 'property_staff'] as const)
      for (const key of WORK_COUNTS[role])
        expect(workLink(role, key)).toBe(`/pages/worker/inbox/index?tab=${key}`)
    expect(workLink('office', 'escalations')).toBe('/pages/office/console/index?filter=escalations')
    expect(workLink('office', 'applications')).toBe(
      '/pages/office/applications/index?filter=submitted',
    )
  })
})
