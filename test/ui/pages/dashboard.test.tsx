import Taro from '@tarojs/taro'
import { DEFINITIONS, presetPeriod } from '@shared/figures'
import DashboardPage from '@/pages/office/dashboard'
import { FakeCloud } from '../../support/fake-cloud'
import { office, open, ranking, tick } from '../support/dashboard'
import { byText, renderPage } from '../support/render'

// The page with its charts and tables: slow to render on a busy machine.
jest.setTimeout(30_000)

describe('统计看板', () => {
  afterEach(() => jest.restoreAllMocks())

  it('shows this month’s figures as numbers with their definitions, the tables and the 红黑榜', async () => {
    const { cloud } = await open()
    const month = presetPeriod('thisMonth', new Date())
    expect(cloud.calls.find((c) => c.action === 'stats.dashboard')?.payload).toEqual({
      period: month,
      scope: { kind: 'street' },
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
    expect(last?.payload).toEqual({
      period: presetPeriod('lastMonth', new Date()),
      scope: { kind: 'street' },
      unit: 'day',
    })
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
      scope: { kind: 'street' },
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
