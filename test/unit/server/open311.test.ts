import { Open311Error, xmlList } from '@server/open311/format'
import { windowOf } from '@server/open311/query'
import { scrubText } from '@server/open311/view'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-01T00:00:00Z')

describe('Open311 requests window', () => {
  test('defaults to the last 90 days', () => {
    const w = windowOf({}, NOW)
    expect(w.end.getTime()).toBe(NOW)
    expect(w.end.getTime() - w.start.getTime()).toBe(90 * DAY)
  })
  test('a start date alone runs 90 days from it; an end date alone 90 days back', () => {
    expect(windowOf({ start_date: '2026-01-01T00:00:00Z' }, NOW).end.toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    )
    expect(windowOf({ end_date: '2026-04-01T08:00:00+08:00' }, NOW).start.toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    )
  })
  test('exactly 90 days passes; a second more, a reversed span or a bad date is a 400', () => {
    expect(() =>
      windowOf({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' }, NOW),
    ).not.toThrow()
    for (const p of [
      { start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' },
      { start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' },
      { start_date: 'yesterday' },
    ]) {
      expect(() => windowOf(p, NOW)).toThrow(Open311Error)
    }
  })
})

test('phone and ID numbers typed into a description are masked', () => {
  expect(scrubText('请回电 13912345678 或 0473-2012345，身份证 11010519491231002X')).toBe(
    '请回电 *** 或 ***，身份证 ***',
  )
  expect(scrubText('3号楼2单元路灯坏了')).toBe('3号楼2单元路灯坏了')
})

test('XML text is escaped and control characters dropped', () => {
  expect(xmlList('errors', 'error', [{ code: 400, description: 'a<b & "c"\u0001' }])).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n<errors><error><code>400</code><description>a&lt;b &amp; &quot;c&quot;</description></error></errors>',
  )
})
