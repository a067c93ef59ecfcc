import { AppError } from '@shared/errors'
import { validateNearbyInput } from '@shared/reports'

const location = { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' }

test('nearby needs a category that suits the target, and a place', () => {
  expect(
    validateNearbyInput({ categoryKey: 'lighting', target: 'grid', location: location }).location,
  ).toMatchObject({ buildingId: 'b-xinhua-1-1' })
  expect(() => validateNearbyInput({ categoryKey: 'lighting', target: 'grid' })).toThrow(AppError)
  expect(() =>
    validateNearbyInput({ categoryKey: 'elevator', target: 'grid', location: location }),
  ).toThrow('该类问题请报物业')
})
