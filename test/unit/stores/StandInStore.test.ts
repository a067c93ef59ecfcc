import type { Ledger } from '@shared/contracts/ledger'
import { AppError } from '@shared/errors'
import { LedgerStore } from '@/pages/office/ledger/LedgerStore'
import { StandInStore } from '@/pages/office/ledger/StandInStore'
import { ReferenceStore } from '@/stores/ReferenceStore'
import { FakeCloud } from '../../support/fake-cloud'

// 2026-05-10 10:00 in Beijing.
const NOW = new Date('2026-05-10T02:00:00Z')
const worker = (openid: string, name: string, gridName: string) => ({
  openid,
  name,
  gridName,
  accepted: 0,
  resolved: 0,
  avgAcceptMin: null,
  avgResolveMin: null,
  satisfaction: null,
})
const LEDGER = {
  grids: [
    { gridId: 'g1', gridName: '新华一网格' },
    { gridId: 'g2', gridName: '新华二网格' },
  ],
  workers: [worker('o_zhang', '张海燕', '新华一网格'), worker('o_li', '李强', '新华二网格')],
  generatedAt: NOW.toISOString(),
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

async function setup(cloud = new FakeCloud()) {
  cloud
    .on('grid.ledger', () => LEDGER)
    .on('grid.map', () => ({ grids: [], mineId: null, home: null }))
    .on('grid.places', () => ({ communities: [] }))
    .on('grid.handlers', () => ({ handlers: [] }))
  const ledger = new LedgerStore(cloud, new ReferenceStore(cloud))
  await ledger.ledger.load()
  return { cloud, ledger, store: new StandInStore(ledger, () => NOW) }
}

const sent = (cloud: FakeCloud, action: string) => cloud.calls.filter((c) => c.action === action)

test('candidates are the other grids’ workers; the current stand-in is shown per grid', async () => {
  const { store } = await setup()
  store.open({ id: 'g1', name: '新华一网格' })
  expect(store.candidates.map((w) => w.openid)).toEqual(['o_li'])
  expect(store.from).toBe('2026-05-10')
  expect(store.current('g2')).toMatchObject({
    name: '张海燕',
    from: '2026-05-08',
    to: '2026-05-20',
  })
  expect(store.current('g1')).toBeNull()
})

test('the rule speaks under its field before any call: who, order of days, at most 90 days', async () => {
  const { store, cloud } = await setup()
  store.open({ id: 'g1', name: '新华一网格' })
  store.set('to', '2026-05-12')
  expect(await store.submit()).toBe(false)
  expect(store.errors.openid).toBe('请选择代班的网格员')
  store.set('openid', 'o_li')
  expect(store.errors.openid).toBeUndefined()
  store.set('to', '2026-05-09')
  expect(await store.submit()).toBe(false)
  expect(store.errors.to).toBe('结束日期不能早于开始日期')
  // 2026-05-10 + 90 days counting both ends is 2026-08-07.
  store.set('to', '2026-08-08')
  expect(await store.submit()).toBe(false)
  expect(store.errors.to).toMatch(/最长 90 天/)
  expect(sent(cloud, 'grid.setStandIn')).toEqual([])
})

test('a valid stand-in sends the grid, the worker and the days, closes the form and reloads', async () => {
  const { store, cloud } = await setup()
  cloud.on('grid.setStandIn', (p) => ({ ...(p as object), gridName: '', workerName: '', name: '' }))
  store.open({ id: 'g1', name: '新华一网格' })
  store.set('openid', 'o_li')
  store.set('to', '2026-08-07')
  expect(await store.submit()).toBe(true)
  expect(sent(cloud, 'grid.setStandIn').map((c) => c.payload)).toEqual([
    { gridId: 'g1', openid: 'o_li', from: '2026-05-10', to: '2026-08-07' },
  ])
  expect(store.gridId).toBe('')
  expect(sent(cloud, 'grid.ledger')).toHaveLength(2)
})

test('the server’s refusal shows: a field under the field, anything else under the form', async () => {
  const { store, cloud } = await setup()
  let refusal = new AppError(
    'CONFLICT',
    '李强 已在 2026-05-01 至 2026-05-30 代班另一个网格，请先结束那次代班',
  )
  cloud.on('grid.setStandIn', () => {
    throw refusal
  })
  store.open({ id: 'g1', name: '新华一网格' })
  store.set('openid', 'o_li')
  store.set('to', '2026-05-12')
  expect(await store.submit()).toBe(false)
  expect(store.errors.form).toMatch(/请先结束那次代班/)
  expect(store.gridId).toBe('g1')
  refusal = new AppError('INVALID_INPUT', '代班人须是在职的网格员', { openid: '请另选一位网格员' })
  expect(await store.submit()).toBe(false)
  expect(store.errors).toMatchObject({ openid: '请另选一位网格员', form: undefined })
})

test('结束代岗 sends the grid and reloads the ledger', async () => {
  const { ledger, cloud } = await setup()
  cloud.on('grid.clearStandIn', () => ({ gridId: 'g2', cleared: 1 }))
  await ledger.clearStandIn('g2')
  expect(sent(cloud, 'grid.clearStandIn').map((c) => c.payload)).toEqual([{ gridId: 'g2' }])
})
