import { AppError } from '@shared/errors'
import { validateReportInput } from '@shared/reports'

const PHOTO = 'cloud://env.b/uploads/o1/20261123/a.jpg'
const ok = {
  target: 'grid',
  categoryKey: 'lighting',
  description: '  楼道灯坏了  ',
  photos: [PHOTO],
  location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
  urgency: 'urgent',
  requestId: 'q0123456789',
}

function fields(input: unknown): Record<string, string> {
  try {
    validateReportInput(input)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('INVALID_INPUT')
    return (e as AppError).fields ?? {}
  }
  throw new Error('expected a refusal')
}

test('a good report is normalised (trimmed text, default urgency)', () => {
  expect(validateReportInput(ok)).toEqual({
    ...ok,
    description: '楼道灯坏了',
    location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元', room: undefined },
  })
  expect(validateReportInput({ ...ok, urgency: undefined }).urgency).toBe('normal')
  const point = validateReportInput({
    ...ok,
    location: { kind: 'point', latitude: 39.7, longitude: 106.8, address: ' 路口 ' },
  })
  expect(point.location).toEqual({
    kind: 'point',
    latitude: 39.7,
    longitude: 106.8,
    address: '路口',
  })
  expect(
    validateReportInput({ ...ok, location: { kind: 'point', latitude: -90, longitude: 180 } })
      .location,
  ).toEqual({ kind: 'point', latitude: -90, longitude: 180, address: '' })
  expect(
    validateReportInput({ ...ok, photos: Array.from({ length: 9 }, (_, i) => `${PHOTO}${i}`) })
      .photos,
  ).toHaveLength(9)
  expect(validateReportInput({ ...ok, requestId: 'a'.repeat(64) }).requestId).toHaveLength(64)
  expect(validateReportInput({ ...ok, requestId: 'Ab_-1234' }).requestId).toBe('Ab_-1234')
})

test.each([
  ['description', { description: '   ' }, '请描述一下问题，或按住说话留一段语音'],
  ['description', { description: undefined }, '请描述一下问题，或按住说话留一段语音'],
  ['description', { description: 7 }, '问题描述格式有误'],
  ['description', { description: '字'.repeat(501) }, '问题描述不能超过 500 字'],
  ['categoryKey', { categoryKey: 'ufo' }, '请选择问题类型'],
  ['categoryKey', { categoryKey: 'toString' }, '请选择问题类型'],
  ['categoryKey', { categoryKey: 'elevator' }, '该类问题请报物业'],
  ['photos', { photos: [] }, '请拍一张照片，方便工作人员了解情况'],
  ['photos', { photos: undefined }, '请拍一张照片，方便工作人员了解情况'],
  ['photos', { photos: Array.from({ length: 10 }, (_, i) => `${PHOTO}${i}`) }, '最多 9 张照片'],
  ['photos', { photos: ['http://x/a.jpg'] }, '照片信息无效，请重新添加'],
  ['photos', { photos: [PHOTO, 3] }, '照片信息无效，请重新添加'],
  ['photos', { photos: PHOTO }, '照片信息无效，请重新添加'],
  ['photos', { photos: [PHOTO, PHOTO] }, '同一张照片添加了两次，请删除重复的'],
  ['location', { location: undefined }, '请选择问题所在的楼栋，或使用当前位置'],
  ['location', { location: { kind: 'map' } }, '请选择问题所在的楼栋，或使用当前位置'],
  [
    'location',
    { location: { kind: 'point', latitude: 91, longitude: 0 } },
    '位置信息无效，请重新定位或选择楼栋',
  ],
  [
    'location',
    { location: { kind: 'point', latitude: 0, longitude: -180.1 } },
    '位置信息无效，请重新定位或选择楼栋',
  ],
  [
    'location',
    { location: { kind: 'point', latitude: NaN, longitude: 0 } },
    '位置信息无效，请重新定位或选择楼栋',
  ],
  [
    'location',
    { location: { kind: 'point', latitude: '39', longitude: 106 } },
    '位置信息无效，请重新定位或选择楼栋',
  ],
  [
    'location',
    { location: { kind: 'point', latitude: 39, longitude: 106, address: '路'.repeat(101) } },
    '位置说明不能超过 100 字',
  ],
  ['location', { location: { kind: 'address', buildingId: '../x' } }, '请选择问题所在的楼栋'],
  ['location', { location: { kind: 'address' } }, '请选择问题所在的楼栋'],
  [
    'location',
    { location: { kind: 'address', buildingId: 'b1', room: '室'.repeat(21) } },
    '房号不能超过 20 字',
  ],
  ['urgency', { urgency: 'very' }, '请选择紧急程度'],
  ['urgency', { urgency: null }, '请选择紧急程度'],
  ['requestId', { requestId: 'short' }, '请求编号无效，请重新提交'],
  ['requestId', { requestId: 'a'.repeat(65) }, '请求编号无效，请重新提交'],
  ['requestId', { requestId: 'has space1' }, '请求编号无效，请重新提交'],
  ['requestId', { requestId: undefined }, '请求编号无效，请重新提交'],
  ['target', { target: 'mayor' }, '请选择报网格员或报物业'],
])('%s: %j → %s', (field, over, message) => {
  expect(fields({ ...ok, ...over })[field]).toBe(message)
})

test('every field is reported at once, the first message as the headline', () => {
  let err: AppError | undefined
  try {
    validateReportInput({})
  } catch (e) {
    err = e as AppError
  }
  expect(Object.keys(err!.fields!).sort()).toEqual(
    ['categoryKey', 'description', 'location', 'requestId', 'target'].sort(),
  )
  expect(err!.message).toBe('请选择报网格员或报物业')
  expect(() => validateReportInput(null)).toThrow(AppError)
  expect(() => validateReportInput([ok])).toThrow(AppError)
})

test('500 characters (counted as characters, not UTF-16 units) are fine', () => {
  expect(validateReportInput({ ...ok, description: '😀'.repeat(500) }).description).toHaveLength(
    1000,
  )
})

test('noise and other need no photo; elevator is fine for the property company', () => {
  expect(validateReportInput({ ...ok, categoryKey: 'noise', photos: [] }).photos).toEqual([])
  expect(validateReportInput({ ...ok, categoryKey: 'other', photos: undefined }).photos).toEqual([])
  expect(
    validateReportInput({ ...ok, target: 'property', categoryKey: 'elevator' }).categoryKey,
  ).toBe('elevator')
})
