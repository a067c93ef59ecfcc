import {
  categoriesFor,
  categoryLabel,
  categoryOf,
  isCategoryKey,
  isTaxonomyCode,
  RESIDENT_CATEGORIES,
  TAXONOMY,
  TAXONOMY_BY_CODE,
  taxonomyLabel,
  taxonomyPath,
} from '@shared/reports'

test('the resident list: the nine categories, in order, 其他 last', () => {
  expect(RESIDENT_CATEGORIES.map((c) => c.label)).toEqual([
    '照明',
    '下水管道',
    '电梯',
    '垃圾清运',
    '噪音扰民',
    '绿化',
    '公共设施',
    '安全隐患',
    '其他',
  ])
})

test('photos: required except for noise and other', () => {
  expect(RESIDENT_CATEGORIES.filter((c) => !c.photoRequired).map((c) => c.key)).toEqual([
    'noise',
    'other',
  ])
})

test('complex categories get the long limit: drains and public facilities', () => {
  expect(RESIDENT_CATEGORIES.filter((c) => c.complex).map((c) => c.key)).toEqual([
    'drain',
    'facility',
  ])
})

test('keys and icons are unique; every category maps to a subcategory of the taxonomy', () => {
  expect(new Set(RESIDENT_CATEGORIES.map((c) => c.key)).size).toBe(9)
  expect(new Set(RESIDENT_CATEGORIES.map((c) => c.icon)).size).toBe(9)
  for (const c of RESIDENT_CATEGORIES) {
    expect(isTaxonomyCode(c.taxonomyCode)).toBe(true)
    expect(c.icon).toMatch(/^[a-z-]+$/)
    expect(c.targets.length).toBeGreaterThan(0)
  }
})

test('电梯 only for the property company', () => {
  expect(categoriesFor('grid').map((c) => c.key)).not.toContain('elevator')
  expect(categoriesFor('property')).toHaveLength(9)
})

test('the taxonomy: two levels, unique codes prefixed by their major category', () => {
  const codes = TAXONOMY.flatMap((m) => [m.code, ...(m.children ?? []).map((c) => c.code)])
  expect(new Set(codes).size).toBe(codes.length)
  for (const m of TAXONOMY) {
    expect(m.children?.length).toBeGreaterThan(0)
    for (const c of m.children!) {
      expect(c.code).toMatch(new RegExp(`^${m.code}-[A-Z]{2}$`))
      expect(c.children).toBeUndefined()
    }
  }
  expect(TAXONOMY.map((m) => m.label)).toEqual(
    expect.arrayContaining(['城乡建设', '市容环卫', '公共安全', '物业管理', '环境保护']),
  )
  expect(TAXONOMY_BY_CODE['WY-DT']).toEqual({
    label: '电梯故障',
    major: '物业管理',
    majorCode: 'WY',
  })
  expect(isTaxonomyCode('CS')).toBe(false)
  expect(isTaxonomyCode('constructor')).toBe(false)
})

test('labels and lookups', () => {
  expect(categoryLabel('drain')).toBe('下水管道')
  expect(categoryLabel('retired')).toBe('retired')
  expect(taxonomyPath('lighting')).toBe('城乡建设 / 道路照明与楼道照明')
  expect(taxonomyLabel('XX-YY')).toBe('XX-YY')
  expect(isCategoryKey('noise')).toBe(true)
  expect(isCategoryKey('hasOwnProperty')).toBe(false)
  expect(categoryOf('safety').taxonomyCode).toBe('AQ-YH')
  expect(() => categoryOf('ufo')).toThrow()
})
