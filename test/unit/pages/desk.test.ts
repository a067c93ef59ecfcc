import type { ReportSummary } from '@shared/contracts/report'
import { AppError } from '@shared/errors'
import {
  DEFAULT_SORT,
  deadlineText,
  moveCursor,
  sortRows,
  toggleSort,
  type Cursor,
} from '@/pages/office/console/desk'
import { DeskStore } from '@/pages/office/console/DeskStore'
import { consoleList } from '@/pages/office/console/list'
import { FakeCloud } from '../../support/fake-cloud'

const H = 3_600_000
const NOW = Date.parse('2026-11-23T04:00:00Z')

function row(id: string, over: Partial<ReportSummary> = {}): ReportSummary {
  return {
    id,
    no: `BS-${id}`,
    target: 'grid',
    categoryKey: 'lighting',
    categoryLabel: '照明',
    description: id,
    state: 'submitted',
    statusTag: '待受理',
    urgency: 'normal',
    placeLabel: '新华小区1号楼',
    handlerName: '新华社区第一网格',
    cover: null,
    followers: 0,
    createdAt: new Date(NOW - Number(id.slice(1)) * H).toISOString(),
    mine: false,
    deadline: null,
    overdue: false,
    version: 1,
    ...over,
  }
}

// As the server sends them: newest first (r1 is an hour old, r4 four hours).
const ROWS = [
  row('r1', { categoryLabel: '照明', stars: 3, deadline: new Date(NOW + 5 * H).toISOString() }),
  row('r2', {
    categoryLabel: '绿化',
    deadline: new Date(NOW - 2 * H).toISOString(),
    overdue: true,
  }),
  row('r3', { categoryLabel: '环境卫生', stars: 5 }),
  row('r4', { categoryLabel: '照明', stars: 1, deadline: new Date(NOW + 1 * H).toISOString() }),
]
const ids = (rows: ReportSummary[]) => rows.map((r) => r.id)

describe('sorting the desk table', () => {
  it('starts in the server order and a header click sorts by that column, again reverses it', () => {
    expect(ids(sortRows(ROWS, DEFAULT_SORT))).toEqual(['r1', 'r2', 'r3', 'r4'])
    const byTime = toggleSort(DEFAULT_SORT, 'createdAt')
    expect(byTime).toEqual({ key: 'createdAt', dir: 'asc' })
    expect(ids(sortRows(ROWS, byTime))).toEqual(['r4', 'r3', 'r2', 'r1'])
  })

  it('deadline: least time left first, overdue first of all; rows without a clock last', () => {
    const s = toggleSort(DEFAULT_SORT, 'deadline')
    expect(s.dir).toBe('asc')
    expect(ids(sortRows(ROWS, s))).toEqual(['r2', 'r4', 'r1', 'r3'])
    // Reversed, the rows with no running clock still come last.
    expect(ids(sortRows(ROWS, toggleSort(s, 'deadline')))).toEqual(['r1', 'r4', 'r2', 'r3'])
  })

  it('satisfaction: best first, unrated last; ties keep the newest first', () => {
    expect(ids(sortRows(ROWS, toggleSort(DEFAULT_SORT, 'stars')))).toEqual(['r3', 'r1', 'r4', 'r2'])
    const byCategory = toggleSort(DEFAULT_SORT, 'category')
    // Chinese labels in pinyin order (环境卫生 huan, 照明 zhao, 绿化 lv); 照明 twice, newest first.
    expect(ids(sortRows(ROWS, byCategory))).toEqual(['r3', 'r2', 'r1', 'r4'])
  })
})

describe('keyboard', () => {
  const start: Cursor = { row: -1, open: false }
  it('j/↓ and k/↑ move within the rows; Enter opens; Esc closes and keeps the row', () => {
    let c = moveCursor(start, 'j', 3)
    expect(c).toEqual({ row: 0, open: false })
    c = moveCursor(moveCursor(moveCursor(c, 'ArrowDown', 3), 'j', 3), 'j', 3)
    expect(c.row).toBe(2) // stops at the last row
    c = moveCursor(c, 'k', 3)
    expect(c.row).toBe(1)
    c = moveCursor(c, 'Enter', 3)
    expect(c).toEqual({ row: 1, open: true })
    c = moveCursor(c, 'ArrowUp', 3)
    expect(c).toEqual({ row: 0, open: true }) // the open detail follows
    expect(moveCursor(c, 'k', 3).row).toBe(0)
    expect(moveCursor(c, 'Escape', 3)).toEqual({ row: 0, open: false })
  })

  it('Enter with no cursor opens the first row; a shrunk list pulls the cursor in; none: nothing', () => {
    expect(moveCursor(start, 'Enter', 2)).toEqual({ row: 0, open: true })
    expect(moveCursor({ row: 7, open: true }, 'j', 3)).toEqual({ row: 2, open: true })
    expect(moveCursor({ row: 1, open: true }, 'j', 0)).toEqual({ row: -1, open: false })
  })
})

test('a deadline reads as time left or overdue by', () => {
  expect(deadlineText(ROWS[0], NOW)).toBe('还剩 5小时0分')
  expect(deadlineText(ROWS[1], NOW)).toBe('已超时 2小时0分')
  expect(deadlineText(ROWS[2], NOW)).toBe('—')
  expect(deadlineText({ deadline: null, overdue: true }, NOW)).toBe('已超时')
})

describe('DeskStore', () => {
  function desk(cloud: FakeCloud) {
    cloud.on('report.search', () => ({ items: ROWS, hasMore: false, counts: {} }))
    cloud.on('report.get', (p) => ({ ...row((p as { id: string }).id), actions: [] }))
    return new DeskStore(consoleList(cloud), cloud)
  }

  it('the detail follows the cursor once opened; sorting keeps the cursor on its report', async () => {
    const cloud = new FakeCloud()
    const d = desk(cloud)
    await d.list.refresh()
    d.key('j')
    expect(d.detail).toBeNull() // moving alone opens nothing
    d.key('Enter')
    expect(d.current?.id).toBe('r1')
    d.key('j')
    expect(d.current?.id).toBe('r2')
    expect(cloud.calls.filter((c) => c.action === 'report.get').map((c) => c.payload)).toEqual([
      { id: 'r1' },
      { id: 'r2' },
    ])
    d.sortBy('stars')
    expect(d.current?.id).toBe('r2')
    expect(d.cursor.row).toBe(3)
    // A live reload brings a new report to the top: the cursor stays on r2.
    d.sortBy('createdAt')
    cloud.on('report.search', () => ({ items: [row('r0'), ...ROWS], hasMore: false, counts: {} }))
    await d.list.refresh()
    expect(d.current?.id).toBe('r2')
    expect(d.cursor).toEqual({ row: 2, open: true })
  })

  it('bulk 催办 sends each ticked report with its version and names the refused ones', async () => {
    const cloud = new FakeCloud()
    const d = desk(cloud)
    await d.list.refresh()
    cloud.on('report.transition', (p) => {
      if ((p as { id: string }).id === 'r2') throw new AppError('CONFLICT', '已被他人处理')
      return {}
    })
    d.toggle('r1')
    d.toggle('r2')
    d.startBulk('urge')
    d.key('Escape') // Esc cancels the confirmation, nothing sent
    expect(d.bulk).toBeNull()
    d.startBulk('urge')
    d.setBulkNote('请尽快处理')
    const out = await d.runBulk()
    expect(out).toEqual({ done: 1, failed: [{ no: 'BS-r2', message: '已被他人处理' }] })
    expect(
      cloud.calls.filter((c) => c.action === 'report.transition').map((c) => c.payload),
    ).toEqual([
      { id: 'r1', version: 1, action: 'urge', note: '请尽快处理' },
      { id: 'r2', version: 1, action: 'urge', note: '请尽快处理' },
    ])
    expect(d.checked.size).toBe(0)
  })

  it('bulk 派单 asks where to first; the export and search carry the queue and filters', async () => {
    const cloud = new FakeCloud()
    const d = desk(cloud)
    cloud.on('report.export', () => ({
      url: 'http://x/f.xlsx',
      fileID: 'f',
      rows: 1,
      truncated: false,
    }))
    await d.list.refresh()
    d.toggleAll()
    d.startBulk('dispatch')
    expect(await d.runBulk()).toBeNull()
    expect(d.bulkOutcome?.failed[0].message).toBe('请选择派给哪个网格或物业公司')
    await d.list.narrow({ categoryKey: 'lighting' })
    await d.search('  BS-r4 ')
    expect(await d.exportUrl()).toBe('http://x/f.xlsx')
    expect(cloud.calls.at(-2)?.payload).toEqual({
      filter: 'escalations',
      page: 1,
      categoryKey: 'lighting',
      q: 'BS-r4',
    })
    expect(cloud.calls.at(-1)?.payload).toEqual({
      filter: 'escalations',
      categoryKey: 'lighting',
      q: 'BS-r4',
    })
  })
})
