import ConsolePage from '@/pages/office/console'
import type { ReportSummary } from '@shared/contracts/report'
import { FakeCloud } from '../../support/fake-cloud'
import { renderPage } from '../support/render'

const office = { openid: 'o_off', role: 'office', name: '陈主任', registered: true }
const H = 3_600_000

const report = (id: string, over: Partial<ReportSummary>): ReportSummary => ({
  id,
  no: `BS-${id}`,
  target: 'grid',
  categoryKey: 'lighting',
  categoryLabel: '照明',
  description: `问题 ${id}`,
  state: 'accepted',
  statusTag: '处理中',
  urgency: 'normal',
  placeLabel: '新华小区1号楼',
  handlerName: '新华社区第一网格',
  cover: null,
  followers: 0,
  createdAt: new Date(Date.now() - 5 * H).toISOString(),
  mine: false,
  deadline: null,
  overdue: false,
  version: 1,
  ...over,
})

async function shows(text: string) {
  for (let i = 0; i < 500 && !document.body.textContent?.includes(text); i++)
    await new Promise((r) => setTimeout(r, 10))
  return document.body.textContent ?? ''
}

test('街道工作台 on a phone: each report shows the time left on its clock, or how late it is', async () => {
  // A few seconds of slack either way, so the minute shown cannot tip over during the test.
  const cloud = new FakeCloud()
    .on('user.whoami', () => office)
    .on('report.search', () => ({
      items: [
        report('r1', {
          deadline: new Date(Date.now() + 3 * H + 30 * 60_000 + 20_000).toISOString(),
        }),
        report('r2', {
          deadline: new Date(Date.now() - 26 * H - 20_000).toISOString(),
          overdue: true,
        }),
        report('r3', { state: 'closed', statusTag: '已评价' }),
      ],
      hasMore: false,
      counts: { all: 3, pending: 0, active: 2, escalations: 0, overdue: 1, done: 1 },
    }))
  const { store } = await renderPage(ConsolePage, cloud)
  await store.session.load()
  const text = await shows('问题 r3')
  expect(text).toContain('还剩 3小时30分')
  expect(text).toContain('已超时 1天2小时')
  expect(text.match(/还剩 \d|已超时 \d/g)).toHaveLength(2) // a closed report has no clock
})

test('街道工作台: counts of only the newest matches show as lower bounds, with the reason', async () => {
  const cloud = new FakeCloud()
    .on('user.whoami', () => office)
    .on('report.search', () => ({
      items: [report('r1', {})],
      hasMore: true,
      counts: { all: 500, pending: 12, active: 0, escalations: 3, overdue: 0, done: 485 },
      countsCapped: 500,
    }))
  const { store } = await renderPage(ConsolePage, cloud)
  await store.session.load()
  const text = await shows('问题 r1')
  const badges = [...document.querySelectorAll('.queue-tabs__count')].map((e) => e.textContent)
  // 吹哨待办, 已超时, 待受理, 处理中, 已办结, 全部
  expect(badges).toEqual(['3+', '–', '12+', '–', '485+', '500+'])
  expect(text).toContain('符合条件的报事超过 500 条，数字只统计了最近的 500 条')
})

test('街道工作台: exact counts show as they are, with no note', async () => {
  const cloud = new FakeCloud()
    .on('user.whoami', () => office)
    .on('report.search', () => ({
      items: [report('r1', {})],
      hasMore: false,
      counts: { all: 1, pending: 0, active: 1, escalations: 0, overdue: 0, done: 0 },
    }))
  const { store } = await renderPage(ConsolePage, cloud)
  await store.session.load()
  const text = await shows('问题 r1')
  const badges = [...document.querySelectorAll('.queue-tabs__count')].map((e) => e.textContent)
  expect(badges).toEqual(['0', '0', '0', '1', '0', '1'])
  expect(text).not.toContain('数字只统计了')
})
