import {
  allowedActions,
  APPLICATION_RULES,
  assertCan,
  canDo,
  CERTIFICATE_TYPES,
  formatSerial,
  normalizeVerifyCode,
  parseSerial,
  validateApplication,
  validUntil,
  type ApplicationAction,
  type ApplicationState,
} from '@shared/certificates'
import { addWorkingDays } from '@shared/time'
import { idCheckChar } from '@shared/identity'
import type { Role } from '@shared/roles'

const NOW = new Date('2026-11-23T02:00:00Z') // Monday 10:00 in Beijing
const first17 = '15030219620514123'
const ID = first17 + idCheckChar(first17)
const file = (n: number) => `cloud://env.bucket/uploads/u/20261123/f${n}.jpg`
const HOME = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' }
const base = {
  name: '王秀兰',
  idNumber: ID,
  phone: '13904731234',
  address: HOME,
  purpose: 'school',
  requestId: 'req-12345678',
}
const residence = {
  ...base,
  attachments: [
    { kind: 'idCard', fileID: file(1) },
    { kind: 'housing', fileID: file(2) },
  ],
}
const hardship = {
  ...base,
  purpose: 'medicalAid',
  householdSize: '3',
  monthlyIncome: 650.5,
  reason: '家中老人长期患病，医疗支出较大',
  attachments: [
    { kind: 'idCard', fileID: file(1) },
    { kind: 'hukou', fileID: file(2) },
    { kind: 'income', fileID: file(3) },
  ],
}
function fieldsOf(typeKey: string, input: unknown): Record<string, string> {
  try {
    validateApplication(typeKey, input, NOW)
  } catch (e) {
    return (e as { fields: Record<string, string> }).fields
  }
  return {}
}

describe('居住证明', () => {
  test('a complete application passes, normalised', () => {
    const a = validateApplication('residence', { ...residence, idNumber: ID.toLowerCase() }, NOW)
    expect(a).toMatchObject({ typeKey: 'residence', idNumber: ID, birthDate: '1962-05-14' })
  })
  test.each([
    ['name', { name: '' }, /姓名/],
    ['idNumber', { idNumber: ID.slice(0, 17) }, /18/],
    ['idNumber', { idNumber: first17 + (idCheckChar(first17) === '1' ? '2' : '1') }, /校验/],
    ['phone', { phone: '0473123' }, /手机/],
    ['purpose', { purpose: 'lottery' }, /用途/],
    ['purposeOther', { purpose: 'other' }, /用途/],
    ['attachments.housing', { attachments: residence.attachments.slice(0, 1) }, /住所证明/],
    ['attachments', { attachments: [{ kind: 'idCard', fileID: 'http://x' }] }, /材料/],
    ['requestId', { requestId: 'x' }, /请求/],
  ])('%s is checked', (field, change, message) => {
    expect(fieldsOf('residence', { ...residence, ...change })[field]).toMatch(message)
  })
  test('a signed promise replaces the housing proof but never the ID card', () => {
    const promise = { accepted: true, signedName: '王秀兰' }
    const ok = { ...residence, attachments: residence.attachments.slice(0, 1), promise }
    expect(validateApplication('residence', ok, NOW).promise).toMatchObject({
      signedName: '王秀兰',
    })
    expect(fieldsOf('residence', { ...ok, attachments: [] })['attachments.idCard']).toBeTruthy()
    expect(
      fieldsOf('residence', { ...ok, promise: { ...promise, accepted: false } }).promise,
    ).toMatch(/阅读并同意/)
  })
})

describe('贫困证明', () => {
  test('a complete application passes; numbers typed as text are read', () => {
    expect(validateApplication('hardship', hardship, NOW)).toMatchObject({
      householdSize: 3,
      monthlyIncome: 650.5,
    })
  })
  test.each([
    ['householdSize', { householdSize: 0 }],
    ['householdSize', { householdSize: 2.5 }],
    ['monthlyIncome', { monthlyIncome: 12.345 }],
    ['monthlyIncome', { monthlyIncome: 'abc' }],
    ['reason', { reason: '穷' }],
    ['attachments.hukou', { attachments: hardship.attachments.filter((a) => a.kind !== 'hukou') }],
  ])('%s is checked', (field, change) => {
    expect(fieldsOf('hardship', { ...hardship, ...change })[field]).toMatch(/[\u4e00-\u9fa5]/)
  })
})

test('an unknown type is refused', () => {
  expect(fieldsOf('marriage', residence).typeKey).toBe('请选择要办理的证明')
})

describe('the application state table', () => {
  const states: Array<ApplicationState | null> = [
    null,
    'submitted',
    'needMaterial',
    'rejected',
    'approved',
    'revoked',
  ]
  const roles: Role[] = ['resident', 'grid_worker', 'property_staff', 'office']
  const actions = [...new Set(APPLICATION_RULES.map(([a]) => a))] as ApplicationAction[]
  const cells = states.flatMap((s) => roles.flatMap((r) => actions.map((a) => [s, r, a] as const)))
  test.each(cells)('%s × %s × %s', (state, role, action) => {
    const rule = APPLICATION_RULES.find(
      ([a, r, from]) => a === action && r === role && from.includes(state),
    )
    expect(canDo(role, action, state)).toBe(!!rule)
    if (rule) expect(assertCan(role, action, state)).toBe(rule[3])
    else expect(() => assertCan(role, action, state)).toThrow()
  })
  test('the applicant may correct a rejected or incomplete application; the office decides', () => {
    expect(allowedActions('resident', 'rejected')).toEqual(['resubmit'])
    expect(allowedActions('resident', 'approved')).toEqual([])
    expect(allowedActions('office', 'submitted')).toEqual(['approve', 'reject', 'requestMaterial'])
    expect(allowedActions('office', 'approved')).toEqual(['revoke'])
  })
})

test('working days skip the weekend (Beijing time)', () => {
  // Friday 2026-11-27 18:00 Beijing + 3 working days → Wednesday 2 Dec, end of day.
  const fri = new Date('2026-11-27T10:00:00Z')
  expect(addWorkingDays(fri, 3).toISOString()).toBe('2026-12-02T15:59:59.999Z')
  expect(addWorkingDays(NOW, 1).toISOString()).toBe('2026-11-24T15:59:59.999Z')
})

test('validity ends the day before the same date, or at the end of a short month', () => {
  expect(validUntil(CERTIFICATE_TYPES.residence, new Date('2026-11-23T02:00:00Z'))).toBe(
    '2027-02-22',
  )
  expect(validUntil(CERTIFICATE_TYPES.residence, new Date('2026-11-30T02:00:00Z'))).toBe(
    '2027-02-28',
  )
})

test('serials and verify codes', () => {
  expect(formatSerial('residence', 2026, 123)).toBe('JZ-2026-000123')
  expect(parseSerial(' jz-2026-000123 ')).toEqual({ typeKey: 'residence', year: 2026, seq: 123 })
  expect(normalizeVerifyCode('abcd-efgh jkmn')).toBe('ABCDEFGHJKMN')
  expect(() => normalizeVerifyCode('ABCD-EFGH-JKM0')).toThrow(
    '验证码为 12 位字母和数字（不含 I、L、O、0、1），请核对',
  )
})
