import { ASK_AGAIN_AT, EMPTY, bank, spend, standing } from '@/server/grants'
import { isLongTerm, longTermIds } from '@/server/templates'

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

test('a long-term grant (长期订阅) is not spent by a send; a one-time one is', () => {
  const e = bank(EMPTY, 1)
  expect(spend(e, true)).toEqual({ count: 1, banked: 1, spent: 1 })
  expect(spend(spend(e, true)!, true)!.count).toBe(1)
  expect(spend(e, false)).toEqual({ count: 0, banked: 1, spent: 1 })
  expect(spend(EMPTY, true)).toBeNull()
})

test('a held long-term grant is not asked for again; a dropped one is', () => {
  expect(standing(bank(EMPTY, 1), true)).toEqual({ remaining: 1, askAgain: false })
  expect(standing(EMPTY, true).askAgain).toBe(true)
})

test('XB_TPL_…_LONG=1 marks the configured template long-term', () => {
  const env = { XB_TPL_REPORT_STATUS: 'abc', XB_TPL_REPORT_STATUS_LONG: '1' }
  expect(isLongTerm('reportStatus', env)).toBe(true)
  expect(isLongTerm('reportDone', env)).toBe(false)
  expect([...longTermIds(env)]).toEqual(['abc'])
})
