import { ASK_AGAIN_AT, EMPTY, bank, spend, standing } from '@/server/grants'

test('banking adds to what remains; each spend takes exactly one', () => {
  let e = bank(EMPTY, 1)
  e = bank(e, 2)
  expect(e).toEqual({ count: 3, banked: 3, spent: 0 })
  e = spend(e)!
  expect(e).toEqual({ count: 2, banked: 3, spent: 1 })
})

test('nothing left, nothing spent: no push may go', () => {
  expect(spend(EMPTY)).toBeNull()
  expect(spend(spend(bank(EMPTY, 1))!)).toBeNull()
})

test('the inbox asks again once few reminders remain, and not before', () => {
  const e = bank(EMPTY, ASK_AGAIN_AT + 2)
  expect(standing(e)).toEqual({ remaining: ASK_AGAIN_AT + 2, askAgain: false })
  expect(standing(spend(e)!).askAgain).toBe(false)
  expect(standing(spend(spend(e)!)!)).toEqual({ remaining: ASK_AGAIN_AT, askAgain: true })
  expect(standing(EMPTY).askAgain).toBe(true)
})

test('only a positive whole number of grants can be banked', () => {
  for (const n of [0, -1, 1.5, NaN]) expect(() => bank(EMPTY, n)).toThrow()
})
