import type { Dashboard } from '@shared/contracts/stats'
import { computeFigures, presetPeriod, type Period } from '@shared/figures'
import { dashboard, open, tick } from '../support/dashboard'

/**
 * The dashboard's charts in jsdom: jsdom lays nothing out and has no 2D canvas, so F2 draws
 * nothing here (test/e2e/dashboard.test.ts checks the pixels in Chromium); what is tested is
 * what each chart is given, its text alternative, and its loading and empty states.
 */

const alt = (key: string) =>
  [...document.querySelectorAll(`.chart[data-chart="${key}"] .chart__alt-line`)].map(
    (e) => e.textContent,
  )

function empty(period: Period): Dashboard {
  const d = dashboard(period)
  const none = { ...d.trend.rows[0], received: 0, responseRate: null, due: 0 }
  return {
    ...d,
    figures: computeFigures([], period),
    trend: { unit: 'day', rows: [{ ...none, onTimeRate: null, satisfaction: null }] },
    byCategory: [],
    byGrid: [],
    overdue: [],
  }
}

// Three charts and the tables: slow to render on a busy machine.
jest.setTimeout(30_000)

describe('统计看板 charts', () => {
  it('draws three charts on hidden canvases, each with its numbers in words', async () => {
    await open()
    const canvases = [...document.querySelectorAll('canvas')]
    expect(canvases.map((c) => c.dataset.chart)).toEqual(['received', 'rates', 'category'])
    for (const c of canvases) expect(c.getAttribute('aria-hidden')).toBe('true')
    const month = presetPeriod('thisMonth', new Date())
    expect(alt('received')).toEqual([`${month.from}：收到 2 条`])
    expect(alt('rates')[0]).toMatch(/：按时办结率 50%，满意率 100%$/)
    expect(alt('category')).toEqual(['路灯照明：收到 2 条，按时办结率 50%'])
    expect(document.body.textContent).toContain('收到报事（按日）')
  })

  it('an empty period says 本期没有报事 instead of a chart', async () => {
    await open(empty)
    expect(document.querySelectorAll('canvas')).toHaveLength(0)
    const said = [...document.querySelectorAll('.chart__empty')].map((e) => e.textContent)
    expect(said).toEqual(['本期没有报事', '本期没有报事', '本期没有报事'])
    expect(document.querySelectorAll('.chart__alt')).toHaveLength(0)
  })

  it('a change of scope asks again, shows 加载中… meanwhile, then the new numbers', async () => {
    let release = () => undefined as void
    // The street's figures answer at once (the page asks again when the session has loaded);
    // the grid's wait for release().
    const { cloud, store } = await open((p, query) => {
      if (query.scope?.kind !== 'grid') return dashboard(p)
      const d = dashboard(p)
      const rows = d.trend.rows.map((r) => ({ ...r, received: 7 }))
      return new Promise<Dashboard>((resolve) => {
        release = () => resolve({ ...d, trend: { ...d.trend, rows } })
      }) as unknown as Dashboard
    })
    // The picker's choices are the street's reference data, fetched per identity: the session
    // loads after the page mounted here, so fetch them again as the signed-in page has them.
    await Promise.all([store.reference.places.show(), store.reference.handlers.show()])
    await tick()
    const picker = document.querySelector('.dashboard__controls taro-picker-core')
    expect(picker).not.toBeNull()
    picker!.dispatchEvent(new CustomEvent('change', { detail: { value: 2 }, bubbles: true }))
    await tick()
    expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)?.payload).toMatchObject(
      { scope: { kind: 'grid', id: 'g1' } },
    )
    expect(document.querySelector('.chart__busy')?.textContent).toBe('加载中…')
    release()
    await tick()
    expect(document.querySelector('.chart__busy')).toBeNull()
    expect(alt('received')[0]).toMatch(/：收到 7 条$/)
    expect(document.body.textContent).toContain('范围：网格·新华社区第一网格')
  })
})
