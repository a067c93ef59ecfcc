import type { Dashboard } from '@shared/contracts/stats'
import { computeFigures, presetPeriod, type Period } from '@shared/figures'
import { CLOUD, signedInAs } from './fixtures'
import { cloudHandlers, renderPage, settle, textOf } from './support/load'

/**
 * 统计看板 from the compiled weapp bundle with a month that has reports: each chart is a
 * `<canvas type="2d">` (F2 draws on its node in WeChat) with its numbers in words beside it.
 */
function month(period: Period): Dashboard {
  const row = {
    received: 3,
    responseRate: 1,
    due: 2,
    onTimeRate: 0.5,
    satisfaction: 1,
    reopenedShare: 0,
    avgResolveMin: 90,
  }
  return {
    period,
    scope: { kind: 'street' },
    figures: computeFigures([], period),
    trend: { unit: 'day', rows: [{ key: period.from, label: period.from, ...row }] },
    byCategory: [{ key: 'lighting', label: '路灯照明', ...row }],
    byGrid: [],
    overdue: [],
    generatedAt: '2026-11-23T08:00:00.000Z',
  }
}

beforeAll(() =>
  Object.assign(cloudHandlers, CLOUD, signedInAs('office'), {
    'stats.dashboard': (p: { period?: Period }) =>
      month(p?.period ?? presetPeriod('thisMonth', new Date())),
  }),
)

test('the dashboard renders its charts as 2d canvases with their text alternatives', async () => {
  const page = await renderPage('pages/office/dashboard/index')
  await settle()
  const canvases = [...(page.dom?.querySelectorAll('canvas, wx-canvas') ?? [])]
  expect(canvases).toHaveLength(3)
  for (const c of canvases) expect(c.className).toContain('chart__canvas')
  // The canvases' props in the data Taro sends to the view (short keys: type is p2): the ids the
  // selector query asks for, and type 2d (F2 draws on the node).
  const data = JSON.stringify((page as unknown as { data: unknown }).data)
  for (const id of ['chart-received', 'chart-rates', 'chart-category'])
    expect(data).toMatch(new RegExp(`"uid":"${id}"[^{}]*:"2d"`))
  const text = textOf(page)
  expect(text).toContain('收到报事（按日）')
  expect(text).toMatch(/\d{4}-\d\d-\d\d：收到 3 条/)
  expect(text).toContain('路灯照明：收到 3 条，按时办结率 50%')
})
