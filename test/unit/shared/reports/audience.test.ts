import {
  ANNOUNCED,
  AUDIENCE,
  audiencesOf,
  REPORT_ACTIONS,
  reportPage,
  reportRef,
  RESIDENTS,
} from '@shared/reports'

test('every transition action, the filing and the timer’s kinds are in the table', () => {
  for (const a of [...REPORT_ACTIONS, 'create', 'remind', 'overdue', 'autoEscalate'])
    expect(ANNOUNCED).toContain(a)
  expect(Object.keys(AUDIENCE).sort()).toEqual([...ANNOUNCED].sort())
})

test.each(ANNOUNCED)('%s: someone is told, in Chinese words', (kind) => {
  const who = audiencesOf(kind)
  expect(who.length).toBeGreaterThan(0)
  for (const a of who) expect(AUDIENCE[kind][a]).toMatch(/[\u4e00-\u9fa5]/)
})

test('a handler’s reminder or overdue mark never reaches a resident', () => {
  for (const kind of ['remind', 'overdue'] as const)
    for (const a of RESIDENTS) expect(audiencesOf(kind)).not.toContain(a)
  expect(audiencesOf('remind')).toEqual(['handler'])
})

test('an escalation reads the same true state to residents; the office is told', () => {
  for (const kind of ['escalate', 'autoEscalate'] as const) {
    expect(AUDIENCE[kind].reporter).toBe('已吹哨，街道督办中')
    expect(audiencesOf(kind)).toContain('office')
  }
})

test('a message names the report by number and first words, and opens it per audience', () => {
  expect(reportRef('BS20261201-0007', '楼道灯不亮，晚上看不见路很危险')).toBe(
    'BS20261201-0007「楼道灯不亮，晚上看不…」',
  )
  expect(reportRef('BS1', ' 短 ')).toBe('BS1「短」')
  expect(reportPage('reporter', 'r1')).toBe('/pages/resident/report-detail/index?id=r1')
  expect(reportPage('handler', 'r1')).toBe('/pages/worker/task/index?id=r1')
  expect(reportPage('office', 'r1')).toBe('/pages/office/report/index?id=r1')
})
