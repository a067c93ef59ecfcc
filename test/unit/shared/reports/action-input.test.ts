import { AppError } from '@shared/errors'
import { validateActionInput, type ReportAction } from '@shared/reports'

const NOW = Date.UTC(2026, 10, 23, 2, 0, 0)
const DAY = 86_400_000
const PHOTO = 'cloud://env.b/uploads/o1/20261123/after.jpg'
const photos = (n: number) => Array.from({ length: n }, (_, i) => `${PHOTO}?${i}`)

function fields(action: ReportAction, input: unknown): Record<string, string> {
  try {
    validateActionInput(action, input, NOW)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('INVALID_INPUT')
    expect((e as AppError).message).toBe(Object.values((e as AppError).fields!)[0])
    return (e as AppError).fields!
  }
  throw new Error(`expected ${action} to refuse ${JSON.stringify(input)}`)
}

test.each([
  ['accept', {}, { note: '' }],
  ['accept', { note: ' 马上到 ' }, { note: '马上到' }],
  ['note', { note: '已联系电工' }, { note: '已联系电工', photos: [] }],
  [
    'transfer',
    { reason: '不属本网格', to: { kind: 'grid', id: 'g-2' } },
    { reason: '不属本网格', to: { kind: 'grid', id: 'g-2' } },
  ],
  ['return', { reason: ' 需多部门 ' }, { reason: '需多部门' }],
  ['escalate', { reason: '字'.repeat(200) }, { reason: '字'.repeat(200) }],
  ['resolve', { note: '已更换灯泡', photos: photos(1) }, { note: '已更换灯泡', photos: photos(1) }],
  ['resolve', { note: '已修', photos: photos(9) }, { note: '已修', photos: photos(9) }],
  ['confirm', { rating: 5 }, { rating: 5, comment: '' }],
  ['confirm', { rating: 1, comment: ' 太慢 ' }, { rating: 1, comment: '太慢' }],
  ['reopen', { reason: '灯又灭了' }, { reason: '灯又灭了' }],
  ['reject', { reason: '属于私人房屋内部维修' }, { reason: '属于私人房屋内部维修' }],
  ['markDuplicate', { duplicateOf: 'r123' }, { duplicateOf: 'r123', note: '' }],
  [
    'assignDepartment',
    { department: '城管中队', deadline: NOW + DAY },
    { department: '城管中队', deadline: NOW + DAY, note: '' },
  ],
  [
    'assignDepartment',
    { department: '住建局', deadline: NOW + 30 * DAY },
    { department: '住建局', deadline: NOW + 30 * DAY, note: '' },
  ],
  ['urge', {}, { note: '' }],
  ['autoClose', { anything: 1 }, {}],
  [
    'dispatch',
    { to: { kind: 'property', id: 'c-1' }, note: '请尽快' },
    { to: { kind: 'property', id: 'c-1' }, note: '请尽快' },
  ],
] as const)('%s accepts %j', (action, input, out) => {
  expect(validateActionInput(action, input, NOW)).toEqual(out)
})

test.each([
  ['return', {}, 'reason', '请填写原因'],
  ['escalate', { reason: '   ' }, 'reason', '请填写原因'],
  ['reject', { reason: '字'.repeat(201) }, 'reason', '原因不能超过 200 字'],
  ['reopen', { reason: 42 }, 'reason', '原因格式有误'],
  ['transfer', { reason: '不属本网格' }, 'to', '请选择转派到的网格或物业公司'],
  ['transfer', { to: { kind: 'grid', id: 'g' } }, 'reason', '请填写原因'],
  ['dispatch', { to: { kind: 'mayor', id: 'g-1' } }, 'to', '请选择转派到的网格或物业公司'],
  ['dispatch', { to: { kind: 'grid', id: '../g' } }, 'to', '请选择转派到的网格或物业公司'],
  ['note', {}, 'note', '请填写办理进展'],
  ['note', { note: '字'.repeat(501) }, 'note', '说明不能超过 500 字'],
  ['note', { note: '好', photos: photos(10) }, 'photos', '最多 9 张照片'],
  ['resolve', { note: '已修', photos: [] }, 'photos', '请上传处理后的照片'],
  ['resolve', { note: '已修' }, 'photos', '请上传处理后的照片'],
  ['resolve', { note: '已修', photos: photos(10) }, 'photos', '最多 9 张照片'],
  ['resolve', { note: '已修', photos: ['https://x/a.jpg'] }, 'photos', '照片信息无效，请重新添加'],
  ['resolve', { note: '已修', photos: 'cloud://a/b' }, 'photos', '照片信息无效，请重新添加'],
  [
    'resolve',
    { note: '已修', photos: [PHOTO, PHOTO] },
    'photos',
    '同一张照片添加了两次，请删除重复的',
  ],
  ['resolve', { photos: photos(1) }, 'note', '请填写办理结果'],
  ['confirm', {}, 'rating', '请选择 1–5 星评分'],
  ['confirm', { rating: 0 }, 'rating', '请选择 1–5 星评分'],
  ['confirm', { rating: 6 }, 'rating', '请选择 1–5 星评分'],
  ['confirm', { rating: 4.5 }, 'rating', '请选择 1–5 星评分'],
  ['confirm', { rating: '5' }, 'rating', '请选择 1–5 星评分'],
  ['confirm', { rating: 5, comment: '字'.repeat(201) }, 'comment', '评价不能超过 200 字'],
  ['markDuplicate', {}, 'duplicateOf', '请选择重复的那条报事'],
  ['markDuplicate', { duplicateOf: 'a/b' }, 'duplicateOf', '请选择重复的那条报事'],
  ['assignDepartment', { deadline: NOW + DAY }, 'department', '请填写报到的部门'],
  [
    'assignDepartment',
    { department: '部'.repeat(31), deadline: NOW + DAY },
    'department',
    '部门名称不能超过 30 字',
  ],
  ['assignDepartment', { department: '城管' }, 'deadline', '请选择办结期限'],
  ['assignDepartment', { department: '城管', deadline: NOW }, 'deadline', '办结期限须晚于现在'],
  [
    'assignDepartment',
    { department: '城管', deadline: NOW + 30 * DAY + 1 },
    'deadline',
    '办结期限不能超过 30 天',
  ],
  ['assignDepartment', { department: '城管', deadline: NOW + 0.5 }, 'deadline', '请选择办结期限'],
] as const)('%s refuses %j: %s → %s', (action, input, field, message) => {
  expect(fields(action, input)[field]).toBe(message)
})

test('every problem is reported at once', () => {
  expect(fields('resolve', { note: '', photos: [] })).toEqual({
    note: '请填写办理结果',
    photos: '请上传处理后的照片',
  })
  expect(Object.keys(fields('transfer', null)).sort()).toEqual(['reason', 'to'])
})

test('an unknown action is UNKNOWN_ACTION, not a crash', () => {
  for (const a of ['fly', 'toString', '__proto__'])
    expect(() => validateActionInput(a as ReportAction, {}, NOW)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ACTION' }),
    )
})
