import { AppError } from '@shared/errors'
import { actorsOf, allowedActions, authorize, type ReportParties } from '@shared/reports'

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
  handler: { kind: 'grid', staffOpenids: ['o-grid'] },
}
const propertyReport: ReportParties = {
  reporterOpenid: 'o-res',
  handler: { kind: 'property', staffOpenids: ['o-pm1', 'o-pm2'] },
}

test.each([
  ['the reporter', { openid: 'o-res', role: 'resident' }, gridReport, ['reporter']],
  ['another resident', { openid: 'o-other', role: 'resident' }, gridReport, []],
  [
    'the grid worker of the report',
    { openid: 'o-grid', role: 'grid_worker' },
    gridReport,
    ['handler'],
  ],
  ['another grid worker', { openid: 'o-grid2', role: 'grid_worker' }, gridReport, []],
  [
    'property staff of the company',
    { openid: 'o-pm2', role: 'property_staff' },
    propertyReport,
    ['handler'],
  ],
  ['property staff on a grid report', { openid: 'o-grid', role: 'property_staff' }, gridReport, []],
  [
    'a grid worker on a property report',
    { openid: 'o-pm1', role: 'grid_worker' },
    propertyReport,
    [],
  ],
  ['the office', { openid: 'o-office', role: 'office' }, gridReport, ['office']],
  [
    'a grid worker who filed it in their own grid',
    { openid: 'o-grid', role: 'grid_worker' },
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

test('a handler without staff is nobody’s', () => {
  expect(
    actorsOf(
      { openid: 'o-grid', role: 'grid_worker' },
      { reporterOpenid: 'x', handler: { kind: 'grid' } },
    ),
  ).toEqual([])
})

test('allowedActions and authorize for a caller who is several actors', () => {
  expect(allowedActions('resolved', ['reporter', 'office'])).toEqual(['confirm', 'reopen'])
  expect(allowedActions('submitted', [])).toEqual([])
  expect(authorize('submitted', 'accept', ['reporter', 'handler'])).toEqual({
    actor: 'handler',
    next: 'accepted',
  })
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
