import Taro from '@tarojs/taro'
import type { Dashboard, Ranking } from '@shared/contracts/stats'
import {
  computeFigures,
  DEFINITIONS,
  presetPeriod,
  rankCompanies,
  type Period,
} from '@shared/figures'
import DashboardPage from '@/pages/office/dashboard'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms))
const office = { openid: 'o_off', role: 'office', name: '陈主任', registered: true }

function dashboard(period: Period): Dashboard {
  const at = new Date(`${period.from}T02:00:00Z`)
  const figures = computeFigures(
    [
      {
        state: 'closed',
        createdAt: at,
        deadlines: { acceptBy: new Date(+at + 3600_000), resolveBy: new Date(+at + 86400_000) },
        events: [
          { at, action: 'create' },
          { at: new Date(+at + 600_000), action: 'accept' },
          { at: new Date(+at + 7200_000), action: 'resolve' },
          { at: new Date(+at + 9000_000), action: 'confirm', rating: 5 },
        ],
        rating: { score: 5 },
      },
      { state: 'submitted', createdAt: at, deadlines: { acceptBy: at, resolveBy: at }, events: [] },
    ],
    period,
  )
  const row = {
    received: 2,
    responseRate: 0.5,
    due: 2,
    onTimeRate: 0.5,
    satisfaction: 1,
    reopenedShare: 0,
    avgResolveMin: 120,
  }
  return {
    period,
    scope: { kind: 'street' },
    figures,
    trend: { unit: 'day', rows: [{ key: period.from, label: period.from, ...row }] },
    byCategory: [{ key: 'lighting', label: '路灯照明', ...row }],
    byGrid: [{ key: 'g1', label: '新华社区第一网格', ...row }],
    overdue: [
      {
        id: 'r1',
        no: 'BS20261101-0001',
        category: '路灯照明',
        area: '新华小区1号楼',
        handlerName: '新华社区第一网格',
        state: '待受理',
        deadline: at.toISOString(),
      },
    ],
    generatedAt: at.toISOString(),
  }
}

const ranking: Ranking = {
  quarter: '2026Q4',
  period: { from: '2026-10-01', to: '2026-12-31' },
  standings: rankCompanies([
    {
      id: 'a',
      name: '绿城物业',
      received: 40,
      rated: 40,
      satisfied: 39,
      due: 40,
      resolvedInTime: 39,
      resolvedEver: 40,
      reopened: 0,
    },
    {
      id: 'b',
      name: '万家物业',
      received: 20,
      rated: 20,
      satisfied: 10,
      due: 20,
      resolvedInTime: 10,
      resolvedEver: 20,
      reopened: 2,
    },
  ]),
}

async function open() {
  const cloud = new FakeCloud()
    .on('user.whoami', () => office)
    .on('stats.dashboard', (p) => dashboard((p as { period: Period }).period))
    .on('stats.ranking', () => ranking)
    .on('stats.export', () => ({ fileID: 'cloud://x/exports/f.xlsx', url: 'http://x/f.xlsx' }))
  const r = await renderPage(DashboardPage, cloud)
  await r.store.session.load()
  await tick()
  return r
}

describe('统计看板', () => {
  afterEach(() => jest.restoreAllMocks())

  it('shows this month’s figures as numbers with their definitions, the tables and the 红黑榜', async () => {
    const { cloud } = await open()
    const month = presetPeriod('thisMonth', new Date())
    expect(cloud.calls.find((c) => c.action === 'stats.dashboard')?.payload).toEqual({
      period: month,
      unit: 'day',
    })
    const text = document.body.textContent ?? ''
    expect(text).toContain('响应率')
    expect(text).toContain('50%') // one of two accepted in time
    expect(text).toContain('100%') // the one rated gave 5 stars
    expect(text).toContain(DEFINITIONS.satisfaction)
    expect(text).toContain('BS20261101-0001')
    expect(text).toContain('新华社区第一网格')
    expect(text).toContain('红榜')
    expect(text).toContain('黑榜')
    expect(text).toContain('绿城物业')
  })

  it('上月 asks for last month’s days', async () => {
    const { cloud, utils } = await open()
    utils.fireEvent.click(byText(utils, '上月'))
    await tick()
    const last = cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)
    expect(last?.payload).toEqual({ period: presetPeriod('lastMonth', new Date()), unit: 'day' })
    expect(document.body.textContent).toContain(presetPeriod('lastMonth', new Date()).from)
  })

  it('按周 asks for weekly buckets; 导出 Excel exports the same period', async () => {
    const { cloud, utils } = await open()
    utils.fireEvent.click(byText(utils, '按周'))
    await tick()
    expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)?.payload).toMatchObject(
      {
        unit: 'week',
      },
    )
    const assign = jest.fn()
    Object.defineProperty(window, 'location', { value: { assign }, configurable: true })
    utils.fireEvent.click(byText(utils, '导出 Excel'))
    await tick()
    expect(cloud.calls.find((c) => c.action === 'stats.export')?.payload).toEqual({
      period: presetPeriod('thisMonth', new Date()),
      unit: 'week',
    })
  })

  it('a failed load says so and offers 重试', async () => {
    const cloud = new FakeCloud()
      .on('user.whoami', () => office)
      .on('stats.dashboard', () => {
        throw new Error('网络不好')
      })
      .on('stats.ranking', () => ranking)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: '' })
    const r = await renderPage(DashboardPage, cloud)
    await r.store.session.load()
    await tick()
    expect(document.body.textContent).toContain('网络不好')
  })
})
