import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { StreetFigures } from '@shared/contracts/stats'
import { DataTable, type TableColumn } from '@/components/DataTable'
import { pageWhile } from '@/components/StatusView'
import type { DashboardStore } from './DashboardStore'
import { pct } from './format'

/**
 * The district's first screen (issue 20): every street's figures of the period side by side,
 * ranked by the server; tapping a street's name opens that street's dashboard.
 */
export const StreetsView = observer(function StreetsView({ store }: { store: DashboardStore }) {
  const columns: Array<TableColumn<StreetFigures>> = [
    { header: '名次', cell: (s) => s.rank },
    {
      header: '街道',
      cell: (s) => (
        <Text
          className='dashboard__street-link'
          data-street={s.streetId}
          onClick={() => store.drill(s)}
        >
          {s.name} ›
        </Text>
      ),
    },
    { header: '收到', cell: (s) => s.figures.received },
    { header: '响应率', cell: (s) => pct(s.figures.responseRate) },
    { header: '按时办结率', cell: (s) => pct(s.figures.onTimeRate) },
    { header: '满意率', cell: (s) => pct(s.figures.satisfaction) },
  ]
  return (
    pageWhile(store.streets, () => store.load()) ?? (
      <View className='card dashboard__streets'>
        <Text className='card-title'>各街道排名</Text>
        <DataTable
          columns={columns}
          rows={store.rankedStreets}
          rowKey={(s) => s.streetId}
          empty='还没有街道'
        />
        <Text className='dashboard__def'>
          按按时办结率排名，其次满意率、响应率；点街道名称查看该街道的看板。
        </Text>
      </View>
    )
  )
})
