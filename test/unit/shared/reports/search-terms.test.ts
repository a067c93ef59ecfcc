import { parseReportQuery, searchTerms } from '@shared/reports'

test('a description is indexed by its character bigrams; latin and digit runs count as one', () => {
  expect(searchTerms('声控灯不亮')).toEqual(['声控', '控灯', '灯不', '不亮'])
  expect(searchTerms('5号楼 LED灯')).toEqual(['5', '5号', '号楼', 'led', 'led灯'])
  // Bigrams never cross punctuation; full-width letters fold to the same terms.
  expect(searchTerms('积水，下雨')).toEqual(['积水', '下雨'])
  expect(searchTerms('ＬＥＤ')).toEqual(['led'])
})

test('every piece of two or more characters finds the text it came from', () => {
  const text = '2单元3楼楼道声控灯不亮，晚上上下楼看不见'
  const stored = new Set(searchTerms(text))
  for (const piece of ['声控灯', '楼道', '看不见', '3楼', '晚上上下楼']) {
    const q = parseReportQuery(piece)
    expect(q.kind).toBe('words')
    if (q.kind === 'words') expect(q.terms.every((t) => stored.has(t))).toBe(true)
  }
})

test('the search box tells a report number, a mobile number and words apart', () => {
  expect(parseReportQuery(' bs20261123-4821 ')).toEqual({ kind: 'no', no: 'BS20261123-4821' })
  expect(parseReportQuery('BS-DEMO-1')).toEqual({ kind: 'no', no: 'BS-DEMO-1' })
  expect(parseReportQuery('138 0013 8000')).toEqual({ kind: 'phone', phone: '13800138000' })
  expect(parseReportQuery('+8613800138000')).toEqual({ kind: 'phone', phone: '13800138000' })
  expect(parseReportQuery('下水井')).toEqual({ kind: 'words', terms: ['下水', '水井'] })
})

test('a query with nothing to search by is refused with the rule', () => {
  expect(() => parseReportQuery('灯')).toThrow('至少两个连续的字')
  expect(() => parseReportQuery('，。')).toThrow('至少两个连续的字')
  expect(() => parseReportQuery('x'.repeat(41))).toThrow('1–40')
  expect(() => parseReportQuery({ toString: () => 'x' })).toThrow('1–40')
})
