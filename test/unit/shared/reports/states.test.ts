import {
  ACTION_LABEL,
  actionLabel,
  INBOX_TABS,
  isOpenState,
  isReportAction,
  isReportState,
  REPORT_STATES,
  stateGroup,
  stateLabel,
  STATES,
  statusTag,
} from '@shared/reports'

test('resident tags are the few plain ones', () => {
  expect(REPORT_STATES.map((s) => statusTag(s))).toEqual([
    '待受理',
    '待受理',
    '处理中',
    '已吹哨，街道督办中',
    '处理中',
    '处理中',
    '处理中',
    '已办结',
    '已评价',
    '不予受理',
    '已合并',
  ])
  expect(statusTag('closed', false)).toBe('已办结')
  expect(statusTag('resolved', false)).toBe('已办结')
  expect(statusTag('someday')).toBe('someday')
})

test('staff labels', () => {
  expect(stateLabel('escalated')).toBe('已吹哨')
  expect(stateLabel('assigned')).toBe('部门报到')
  expect(stateLabel('resolved')).toBe('已办结(待确认)')
  expect(stateLabel('rejected')).toBe('不予受理')
  expect(stateLabel('x')).toBe('x')
})

test('FixMyStreet groups', () => {
  const by = (g: string) => REPORT_STATES.filter((s) => STATES[s].group === g)
  expect(by('fixed')).toEqual(['resolved'])
  expect(by('closed')).toEqual(['closed', 'rejected', 'duplicate'])
  expect(isOpenState('returned')).toBe(true)
  expect(isOpenState('resolved')).toBe(false)
  expect(isOpenState('nope')).toBe(false)
  expect(stateGroup('nope')).toBe('open')
})

test('inbox tabs cover every state exactly once', () => {
  const listed = Object.values(INBOX_TABS).flat()
  expect([...listed].sort()).toEqual([...REPORT_STATES].sort())
})

test('guards do not trust the prototype', () => {
  expect(isReportState('toString')).toBe(false)
  expect(isReportState('accepted')).toBe(true)
  expect(isReportAction('constructor')).toBe(false)
  expect(isReportAction('urge')).toBe(true)
  expect(isReportAction('create')).toBe(false)
})

test('action labels in Chinese, raw value for an unknown one', () => {
  expect(actionLabel('escalate')).toBe('吹哨上报')
  expect(actionLabel('assignDepartment')).toBe('部门报到')
  expect(actionLabel('urge')).toBe('督办')
  expect(actionLabel('toString')).toBe('toString')
  for (const label of Object.values(ACTION_LABEL)) expect(label).toMatch(/[\u4e00-\u9fa5]/)
})
