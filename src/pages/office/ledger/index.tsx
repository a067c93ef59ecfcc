import { Button, ScrollView, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
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

/** 网格台账: per grid and per worker, exported as .xlsx; invitations for new staff. */
function LedgerPage() {
  const { services, reference } = useStores()
  const [store] = useState(() => new LedgerStore(services.cloud, reference))
  const l = store.ledger.value
  const load = () => void store.ledger.reload()
  useDidShow(load)
  const { exporting, exportXlsx } = useXlsxExport(() => store.exportUrl())
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
      <View className='card'>
        <Text className='card-title'>网格台账</Text>
        <ScrollView scrollX>
          <View className='ledger__table'>
            <Row
              head
              cells={[
                '网格',
                '网格员',
                '辅助',
                '住户',
                '未办结',
                '超时',
                '平均受理',
                '平均办结',
                '满意度',
              ]}
            />
            {l.grids.map((g) => (
              <Row
                key={g.gridId}
                cells={[
                  g.gridName,
                  g.workerName,
                  g.helpers,
                  g.households,
                  g.open,
                  g.overdue,
                  hm(g.avgAcceptMin),
                  hm(g.avgResolveMin),
                  n(g.satisfaction, '星'),
                ]}
              />
            ))}
          </View>
        </ScrollView>
      </View>
      <View className='card'>
        <Text className='card-title'>网格员台账</Text>
        <ScrollView scrollX>
          <View className='ledger__table'>
            <Row
              head
              cells={['网格员', '网格', '受理', '办结', '平均受理', '平均办结', '满意度']}
            />
            {l.workers.map((w) => (
              <Row
                key={w.openid}
                cells={[
                  w.name,
                  w.gridName,
                  w.accepted,
                  w.resolved,
                  hm(w.avgAcceptMin),
                  hm(w.avgResolveMin),
                  n(w.satisfaction, '星'),
                ]}
              />
            ))}
          </View>
        </ScrollView>
      </View>
      <InviteForm store={store} />
      <GridManager store={store} />
    </View>
  )
}

export default rolePage('office', observer(LedgerPage))

function Row({ cells, head }: { cells: Array<string | number>; head?: boolean }) {
  return (
    <View className={`ledger__row ${head ? 'ledger__row--head' : ''}`}>
      {cells.map((c, i) => (
        <Text key={i} className={`ledger__cell ${i === 0 ? 'ledger__cell--first' : ''}`}>
          {String(c)}
        </Text>
      ))}
    </View>
  )
}
