import { AppError } from '@shared/errors'
import {
  actorsOf,
  allowedActions,
  authorize,
  REPORT_ACTIONS,
  type ReportParties,
} from '@shared/reports'

function thrown(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected a refusal')
}

const gridReport: ReportParties = {
  reporterOpenid: 'o-res',
  handler: { kind: 'grid', id: 'g-1' },
}
const propertyReport: ReportParties = {
  reporterOpenid: 'o-res',
  handler: { kind: 'property', id: 'pc-1' },
}

test.each([
  ['the reporter', { openid: 'o-res', role: 'resident' }, gridReport, ['reporter']],
  ['another resident', { openid: 'o-other', role: 'resident' }, gridReport, []],
  [
    'the grid worker of the report',
    { openid: 'o-grid', role: 'grid_worker', user: { gridId: 'g-1' } },
    gridReport,
    ['handler'],
  ],
  [
    'another grid worker',
    { openid: 'o-grid2', role: 'grid_worker', user: { gridId: 'g-2' } },
    gridReport,
    [],
  ],
  [
    'a retired grid worker (no grid any more, now a resident)',
    { openid: 'o-grid', role: 'resident', user: { gridId: '' } },
    gridReport,
    [],
  ],
  [
    'property staff of the company',
    { openid: 'o-pm2', role: 'property_staff', user: { companyId: 'pc-1' } },
    propertyReport,
    ['handler'],
  ],
  [
    'property staff of another company',
    { openid: 'o-pm3', role: 'property_staff', user: { companyId: 'pc-2' } },
    propertyReport,
    [],
  ],
  [
    'property staff on a grid report',
    { openid: 'o-grid', role: 'property_staff', user: { companyId: 'g-1' } },
    gridReport,
    [],
  ],
  [
    'a grid worker on a property report',
    { openid: 'o-pm1', role: 'grid_worker', user: { gridId: 'pc-1' } },
    propertyReport,
    [],
  ],
  ['the office', { openid: 'o-office', role: 'office' }, gridReport, ['office']],
  [
    'a grid worker who filed it in their own grid',
    { openid: 'o-grid', role: 'grid_worker', user: { gridId: 'g-1' } },
    { ...gridReport, reporterOpenid: 'o-grid' },
    ['reporter', 'handler'],
  ],
  [
    'an office clerk who filed it',
    { openid: 'o-res', role: 'office' },
    gridReport,
    ['reporter', 'office'],
  ],
  [
    'nobody (empty openid)',
    { openid: '', role: 'office' },
    { ...gridReport, reporterOpenid: '' },
    [],
  ],
] as const)('%s', (_, caller, report, actors) => {
  expect(actorsOf(caller, report)).toEqual(actors)
})

test('a handler without an id is nobody’s', () => {
  expect(
    actorsOf(
      { openid: 'o-grid', role: 'grid_worker', user: { gridId: '' } },
      { reporterOpenid: 'x', handler: { kind: 'grid', id: '' } },
    ),
  ).toEqual([])
})

test('separation of duties: the reporter never acts as the handler of their own report', () => {
  const both = ['reporter', 'handler'] as const
  for (const action of ['accept', 'transfer', 'return', 'escalate']) {
    const e = thrown(() => authorize('submitted', action, both))
    expect([e.code, e.message]).toEqual(['FORBIDDEN', '不能办理本人提交的报事'])
  }
  expect(thrown(() => authorize('accepted', 'resolve', both)).message).toBe(
    '不能办理本人提交的报事',
  )
  // The app shows no handler's button to them; the reporter's own actions stay.
  expect(allowedActions('submitted', both)).toEqual([])
  expect(allowedActions('accepted', both)).toEqual([])
  expect(allowedActions('resolved', both)).toEqual(['confirm', 'reopen'])
  expect(authorize('resolved', 'confirm', both).actor).toBe('reporter')
  // As the office they still may act on it: the office dispatches it to another handler.
  expect(allowedActions('submitted', ['reporter', 'office'])).toContain('dispatch')
  // Handler alone: every handler action as before.
  expect(allowedActions('submitted', ['handler'])).toEqual(
    REPORT_ACTIONS.filter((a) => ['accept', 'transfer', 'return', 'escalate'].includes(a)),
  )
})

test('allowedActions and authorize for a caller who is several actors', () => {
  expect(allowedActions('resolved', ['reporter', 'office'])).toEqual([
    'confirm',
    'reopen',
    'callback',
  ])
  expect(allowedActions('submitted', [])).toEqual([])
  expect(authorize('accepted', 'note', ['handler', 'office'])).toEqual({
    actor: 'handler',
    next: 'accepted',
  })
  expect(thrown(() => authorize('resolved', 'confirm', ['handler', 'office'])).code).toBe(
    'FORBIDDEN',
  )
  expect(thrown(() => authorize('closed', 'reopen', ['reporter'])).code).toBe('CONFLICT')
  expect(thrown(() => authorize('submitted', 'accept', [])).code).toBe('FORBIDDEN')
})
