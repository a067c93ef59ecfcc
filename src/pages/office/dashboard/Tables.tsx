import { ScrollView, Text, View } from '@tarojs/components'
import type { FigureRow, OverdueRow } from '@shared/contracts/stats'
import type { Standing } from '@shared/figures'
import { formatBeijing } from '@shared/time'
import { duration, pct } from './format'

function Row({ cells, head }: { cells: Array<string | number>; head?: boolean }) {
  return (
    <View className={`dash__row ${head ? 'dash__row--head' : ''}`}>
      {cells.map((c, i) => (
        <Text key={i} className={`dash__cell ${i === 0 ? 'dash__cell--first' : ''}`}>
          {c}
        </Text>
      ))}
    </View>
  )
}

/**
 * A breakdown or the trend as a table, with the count drawn as a CSS bar: no chart library in
 * this slice (issue 18's charts come with a maintained library that runs on weapp and H5).
 */
export function FigureTable({ first, rows }: { first: string; rows: FigureRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.received))
  if (!rows.length) return <Text className='muted'>期内没有报事</Text>
  return (
    <ScrollView scrollX>
      <View className='dash__table'>
        <Row
          head
          cells={[first, '收到', '', '响应率', '按时办结率', '满意率', '重新办理率', '平均办结']}
        />
        {rows.map((r) => (
          <View key={r.key} className='dash__row'>
            <Text className='dash__cell dash__cell--first'>{r.label}</Text>
            <Text className='dash__cell'>{r.received}</Text>
            <View className='dash__cell dash__bar-cell'>
              <View className='dash__bar' style={{ width: `${(r.received / max) * 100}%` }} />
            </View>
            <Text className='dash__cell'>{pct(r.responseRate)}</Text>
            <Text className='dash__cell'>{pct(r.onTimeRate)}</Text>
            <Text className='dash__cell'>{pct(r.satisfaction)}</Text>
            <Text className='dash__cell'>{pct(r.reopenedShare)}</Text>
            <Text className='dash__cell'>{duration(r.avgResolveMin)}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  )
}

export function OverdueTable({ rows }: { rows: OverdueRow[] }) {
  if (!rows.length) return <Text className='muted'>没有超时的报事</Text>
  return (
    <ScrollView scrollX>
      <View className='dash__table'>
        <Row head cells={['编号', '类型', '位置', '承办方', '状态', '时限']} />
        {rows.map((r) => (
          <Row
            key={r.id}
            cells={[r.no, r.category, r.area, r.handlerName, r.state, formatBeijing(r.deadline)]}
          />
        ))}
      </View>
    </ScrollView>
  )
}

const LIST = { red: '红榜', black: '黑榜' } as const

export function RankingTable({ rows }: { rows: Standing[] }) {
  if (!rows.length) return <Text className='muted'>本季度没有物业公司的报事</Text>
  return (
    <ScrollView scrollX>
      <View className='dash__table'>
        <Row
          head
          cells={['名次', '物业公司', '得分', '榜单', '报事', '满意率', '按时办结率', '重新办理率']}
        />
        {rows.map((s) => (
          <Row
            key={s.id}
            cells={[
              s.rank,
              s.name,
              s.score,
              s.list ? LIST[s.list] : '',
              s.received,
              pct(s.satisfaction),
              pct(s.onTimeRate),
              pct(s.reopenedShare),
            ]}
          />
        ))}
      </View>
    </ScrollView>
  )
}
