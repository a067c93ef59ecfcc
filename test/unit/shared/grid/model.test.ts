import { AppError } from '@shared/errors'
import { bindingMismatch, checkBinding, validateBinding, type Building } from '@shared/grid'

const good = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: ' 2单元 ', room: '301' }

function fieldsOf(input: unknown): Record<string, string> {
  try {
    validateBinding(input)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('INVALID_INPUT')
    return (e as AppError).fields ?? {}
  }
  throw new Error('expected a refusal')
}

test('a good binding is trimmed and returned', () => {
  expect(validateBinding(good)).toEqual({ ...good, unit: '2单元' })
  expect(validateBinding({ ...good, unit: undefined })).toMatchObject({ unit: '' })
})

test('each bad field gets its own Chinese message', () => {
  expect(fieldsOf({})).toEqual({
    communityId: '请选择社区',
    buildingId: '请选择楼栋',
    room: '请填写房号',
  })
  expect(fieldsOf({ ...good, buildingId: '../x' })).toEqual({ buildingId: '请选择楼栋' })
  expect(fieldsOf({ ...good, room: '3'.repeat(21) })).toEqual({ room: '房号不能超过 20 字' })
  expect(fieldsOf({ ...good, room: '<b>' })).toEqual({ room: '房号格式有误' })
  expect(fieldsOf({ ...good, unit: 3 })).toEqual({ unit: '单元格式有误' })
  expect(fieldsOf(null)).toHaveProperty('communityId')
})

test('checkBinding reports without throwing', () => {
  expect(checkBinding(good).fields).toEqual({})
  expect(Object.keys(checkBinding({ ...good, room: '' }).fields)).toEqual(['room'])
})

test('bindingMismatch against the stored building', () => {
  const b: Building = {
    _id: 'b-xinhua-1-1',
    communityId: 'c-xinhua',
    gridId: 'g-xinhua-1',
    compoundId: 'cp-xinhua',
    name: '新华小区1号楼',
    units: ['1单元', '2单元'],
    location: { type: 'Point', coordinates: [106.803, 39.674] },
  }
  const v = validateBinding(good)
  expect(bindingMismatch(v, b)).toBeNull()
  expect(bindingMismatch({ ...v, unit: '9单元' }, b)).toContain('单元')
  expect(bindingMismatch({ ...v, communityId: 'c-binhe' }, b)).toContain('社区')
  expect(bindingMismatch({ ...v, unit: '' }, { ...b, units: [] })).toBeNull()
  expect(bindingMismatch(v, { ...b, units: [] })).not.toBeNull()
})
