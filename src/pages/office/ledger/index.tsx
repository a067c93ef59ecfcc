import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { GridLedgerRow, WorkerLedgerRow } from '@shared/contracts/ledger'
import { DataTable, type TableColumn } from '@/components/DataTable'
import { rolePage } from '@/components/RoleGate'
import { useStores } from '@/stores/context'
import { GridManager } from './GridManager'
import { InviteForm } from './InviteForm'
import { LedgerStore } from './LedgerStore'
import './index.css'
import { pageWhile } from '@/components/StatusView'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'

const n = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit}`)
const hm = (min: number | null) =>
  min === null ? '—' : min < 60 ? `${Math.round(min)}分` : `${Math.round((min / 60) * 10) / 10}时`

type Figures = Pick<GridLedgerRow, 'avgAcceptMin' | 'avgResolveMin' | 'satisfaction'>

/** The figures a grid and a worker both have, the same three columns in both tables. */
const FIGURE_COLUMNS: Array<TableColumn<Figures>> = [
  { header: '平均受理', cell: (r) => hm(r.avgAcceptMin) },
  { header: '平均办结', cell: (r) => hm(r.avgResolveMin) },
  { header: '满意度', cell: (r) => n(r.satisfaction, '星') },
]

const GRID_COLUMNS: Array<TableColumn<GridLedgerRow>> = [
  { header: '网格', cell: (g) => g.gridName },
  { header: '网格员', cell: (g) => g.workerName },
  { header: '辅助', cell: (g) => g.helpers },
  { header: '住户', cell: (g) => g.households },
  { header: '未办结', cell: (g) => g.open },
  { header: '超时', cell: (g) => g.overdue },
  ...FIGURE_COLUMNS,
]

const WORKER_COLUMNS: Array<TableColumn<WorkerLedgerRow>> = [
  { header: '网格员', cell: (w) => w.name },
  { header: '网格', cell: (w) => w.gridName },
  { header: '受理', cell: (w) => w.accepted },
  { header: '办结', cell: (w) => w.resolved },
  ...FIGURE_COLUMNS,
]

/** 网格台账: per grid and per worker, exported as .xlsx; invitations for new staff. */
function LedgerPage() {
  const { services, reference } = useStores()
  const [store] = useState(() => new LedgerStore(services.cloud, reference))
  const l = store.ledger.value
  const load = () => void store.ledger.reload()
  useDidShow(load)
  const { exporting, exportXlsx, status } = useXlsxExport(() => store.exportUrl())
  const wait = pageWhile(store.ledger, load)
  if (wait || !l) return wait
  return (
    <View className='page'>
      <Button
        className='btn-primary ledger__export'
        loading={exporting}
        onClick={() => void exportXlsx()}
      >
        导出 Excel
      </Button>
      {status}
      <View className='card'>
        <Text className='card-title'>网格台账</Text>
        <DataTable columns={GRID_COLUMNS} rows={l.grids} rowKey={(g) => g.gridId} />
      </View>
      <View className='card'>
        <Text className='card-title'>网格员台账</Text>
        <DataTable columns={WORKER_COLUMNS} rows={l.workers} rowKey={(w) => w.openid} />
      </View>
      <InviteForm store={store} />
      <GridManager store={store} />
    </View>
  )
}

export default rolePage('office', observer(LedgerPage))
