import { AppError } from '@shared/errors'
import {
  RESIDENT_CATEGORIES,
  TAXONOMY_BY_CODE,
  validateNearbyInput,
  validateReportInput,
} from '@shared/reports'

const ok = {
  target: 'grid',
  categoryKey: 'lighting',
  description: '  楼道灯坏了  ',
  photos: ['cloud://env.b/uploads/o1/20261123/a.jpg'],
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
  expect(validateReportInput(ok).description).toBe('楼道灯坏了')
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
})

test.each([
  ['description', { description: '   ' }, '请描述一下问题'],
  ['description', { description: '字'.repeat(501) }, '问题描述不能超过 500 字'],
  ['categoryKey', { categoryKey: 'ufo' }, '请选择问题类型'],
  ['categoryKey', { categoryKey: 'elevator' }, '该类问题请报物业'],
  ['photos', { photos: [] }, '请拍一张照片，方便工作人员了解情况'],
  ['photos', { photos: Array(10).fill(ok.photos[0]) }, '最多 9 张照片'],
  ['photos', { photos: ['http://x/a.jpg'] }, '照片信息无效，请重新添加'],
  ['location', { location: undefined }, '请选择问题所在的楼栋，或使用当前位置'],
  [
    'location',
    { location: { kind: 'point', latitude: 91, longitude: 0 } },
    '位置信息无效，请重新定位或选择楼栋',
  ],
  ['location', { location: { kind: 'address', buildingId: '../x' } }, '请选择问题所在的楼栋'],
  ['urgency', { urgency: 'very' }, '请选择紧急程度'],
  ['requestId', { requestId: 'short' }, '请求编号无效，请重新提交'],
  ['target', { target: 'mayor' }, '请选择报网格员或报物业'],
])('%s: %j → %s', (field, over, message) => {
  expect(fields({ ...ok, ...over })[field]).toBe(message)
})

test('500 characters (counted as characters, not UTF-16 units) are fine', () => {
  expect(validateReportInput({ ...ok, description: '😀'.repeat(500) }).description).toHaveLength(
    1000,
  )
})

test('noise and other need no photo', () => {
  expect(validateReportInput({ ...ok, categoryKey: 'noise', photos: [] }).photos).toEqual([])
})

test('every resident category maps into the taxonomy', () => {
  for (const c of RESIDENT_CATEGORIES) expect(TAXONOMY_BY_CODE[c.taxonomyCode]).toBeDefined()
})

test('nearby needs a category, target and place', () => {
  expect(
    validateNearbyInput({ categoryKey: 'lighting', target: 'grid', location: ok.location })
      .location,
  ).toMatchObject({ buildingId: 'b-xinhua-1-1' })
  expect(() => validateNearbyInput({ categoryKey: 'lighting', target: 'grid' })).toThrow(AppError)
})
