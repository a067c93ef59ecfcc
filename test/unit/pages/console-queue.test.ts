import { WORK_COUNTS, workLink, type WorkCountKey } from '@shared/reports/work-counts'
import { queueOf, QUEUES } from '@/pages/office/console/list'

/** 首页's office counts open the console on their own queue, not the default one (issue 16 §6). */
describe('the console opens the queue named in its address', () => {
  test('each office count links to a queue the console knows', () => {
    const keys = WORK_COUNTS.office.filter((k: WorkCountKey) => k !== 'applications')
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      const filter = new URL(workLink('office', key), 'http://x').searchParams.get('filter')
      expect(queueOf(filter ?? undefined)).toBe(key)
    }
  })

  test('no or an unknown filter opens 吹哨待办', () => {
    expect(queueOf(undefined)).toBe('escalations')
    expect(queueOf('nope')).toBe('escalations')
    expect(QUEUES.map(([k]) => k)).toContain(queueOf('done'))
  })
})
