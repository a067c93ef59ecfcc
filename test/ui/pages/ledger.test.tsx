import type { Ledger } from '@shared/contracts/ledger'
import LedgerPage from '@/pages/office/ledger'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

const office = { openid: 'o_off', role: 'office', name: '陈主任', registered: true }
const row = {
  accepted: 0,
  resolved: 0,
  avgAcceptMin: null,
  avgResolveMin: null,
  satisfaction: null,
}
const LEDGER = {
  grids: [],
  workers: [
    { openid: 'o_zhang', name: '张海燕', gridName: '新华一网格', ...row },
    { openid: 'o_li', name: '李强', gridName: '新华二网格', ...row },
  ],
  generatedAt: new Date().toISOString(),
  standIns: [
    {
      gridId: 'g2',
      gridName: '新华二网格',
      workerName: '李强',
      openid: 'o_zhang',
      name: '张海燕',
      from: '2026-05-08',
      to: '2026-05-20',
    },
  ],
} as unknown as Ledger
const grid = (id: string, name: string, workerName: string) => ({
  id,
  name,
  workerName,
  polygon: [],
  open: 0,
  overdue: 0,
})

/** Waits for the page to draw what `check` looks for (a busy machine may take a while). */
async function until(check: () => boolean, ms = 4000) {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`not drawn: ${document.body.textContent}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}
const text = () => document.body.textContent ?? ''

async function open() {
  const cloud = new FakeCloud()
    .on('user.whoami', () => office)
    .on('grid.ledger', () => LEDGER)
    .on('grid.map', () => ({
      grids: [grid('g1', '新华一网格', '张海燕'), grid('g2', '新华二网格', '李强')],
      mineId: null,
      home: null,
    }))
    .on('grid.places', () => ({ communities: [] }))
    .on('grid.handlers', () => ({ handlers: [] }))
  const r = await renderPage(LedgerPage, cloud)
  await r.store.session.load()
  // The session's first load forgets reference data asked for before it (another identity may
  // see other data); the app loads the session before any page opens, so ask again here.
  await r.store.reference.gridMap.load()
  await until(() => text().includes('网格管理') && text().includes('新华二网格 · 李强'))
  return r
}

jest.setTimeout(20_000)

test('网格管理 shows a grid’s stand-in with the period; 设置代岗 states the rule before sending', async () => {
  const { utils, cloud } = await open()
  expect(text()).toContain('代岗：张海燕，2026-05-08 至 2026-05-20')
  expect(text()).toContain('结束代岗')
  // The grid with a stand-in offers 结束代岗; the other offers 设置代岗.
  expect(utils.queries.queryAllByText('设置代岗')).toHaveLength(1)
  utils.fireEvent.click(byText(utils, '设置代岗'))
  await until(() => text().includes('确定代岗'))
  expect(text()).toContain('李强（新华二网格）')
  expect(text()).not.toContain('张海燕（新华一网格）')
  expect(text()).toContain('最长 90 天')
  utils.fireEvent.click(byText(utils, '确定代岗'))
  await until(() => text().includes('请选择代班的网格员'))
  expect(cloud.calls.filter((c) => c.action === 'grid.setStandIn')).toEqual([])
})
