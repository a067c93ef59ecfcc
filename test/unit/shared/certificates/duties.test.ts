import { actionsFor, assertMayAct } from '@shared/certificates'
import { AppError } from '@shared/errors'

const clerk = { openid: 'o-office', role: 'office' as const }
const thrown = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e as AppError
  }
  throw new Error('expected a refusal')
}

test('the office reviews others’ applications, never its own', () => {
  expect(actionsFor(clerk, 'o-res', 'submitted')).toEqual(['approve', 'reject', 'requestMaterial'])
  expect(actionsFor(clerk, 'o-office', 'submitted')).toEqual([])
  expect(actionsFor(clerk, 'o-office', 'rejected')).toEqual(['resubmit'])
  expect(assertMayAct(clerk, 'o-res', 'approve', 'submitted')).toBe('approved')
  for (const action of ['approve', 'reject', 'requestMaterial'] as const) {
    const e = thrown(() => assertMayAct(clerk, 'o-office', action, 'submitted'))
    expect([e.code, e.message]).toEqual(['FORBIDDEN', '不能审核本人的申请'])
  }
  expect(thrown(() => assertMayAct(clerk, 'o-office', 'revoke', 'approved')).message).toBe(
    '不能审核本人的申请',
  )
  // Their own correction is theirs to make.
  expect(assertMayAct(clerk, 'o-office', 'resubmit', 'rejected')).toBe('submitted')
})

test('a resident acts only on their own; others are refused without a hint', () => {
  const res = { openid: 'o-res', role: 'resident' as const }
  expect(actionsFor(res, 'o-res', 'needMaterial')).toEqual(['resubmit'])
  expect(actionsFor(res, 'o-other', 'needMaterial')).toEqual([])
  expect(thrown(() => assertMayAct(res, 'o-res', 'approve', 'submitted')).code).toBe('FORBIDDEN')
  expect(thrown(() => assertMayAct(res, 'o-other', 'resubmit', 'rejected')).code).toBe('FORBIDDEN')
  expect(thrown(() => assertMayAct(res, 'o-res', 'resubmit', 'approved')).code).toBe('CONFLICT')
})
