import { Text, View } from '@tarojs/components'
import { DEFINITIONS, type Figures } from '@shared/figures'
import { duration, pct } from './format'

/** The big numbers, each with its definition in words (src/shared/figures). */
export function BigNumbers({ f }: { f: Figures }) {
  const items: Array<[string, string, string]> = [
    ['收到报事', String(f.received), DEFINITIONS.received],
    ['响应率', pct(f.responseRate), DEFINITIONS.responseRate],
    ['按时办结率', pct(f.onTimeRate), DEFINITIONS.onTimeRate],
    ['满意率', pct(f.satisfaction), DEFINITIONS.satisfaction],
    ['评价率', pct(f.ratedShare), DEFINITIONS.ratedShare],
    [
      '受理用时',
      `均 ${duration(f.avgAcceptMin)} · P90 ${duration(f.p90AcceptMin)}`,
      DEFINITIONS.acceptTime,
    ],
    [
      '办结用时',
      `均 ${duration(f.avgResolveMin)} · P90 ${duration(f.p90ResolveMin)}`,
      DEFINITIONS.resolveTime,
    ],
    ['重新办理率', pct(f.reopenedShare), DEFINITIONS.reopenedShare],
    [
      '吹哨',
      `${f.escalations.total}（已办结 ${f.escalations.resolved}，办理中 ${f.escalations.open}）`,
      DEFINITIONS.escalations,
    ],
    [
      '证明申请',
      `${f.certificates.received}（出证 ${f.certificates.issued}，均 ${duration(f.certificates.avgProcessMin)}）`,
      DEFINITIONS.certificates,
    ],
  ]
  return (
    <View className='dashboard__numbers'>
      {items.map(([label, value, def]) => (
        <View key={label} className='dashboard__number'>
          <Text className='dashboard__label'>{label}</Text>
          <Text className='dashboard__value'>{value}</Text>
          <Text className='dashboard__def'>{def}</Text>
        </View>
      ))}
    </View>
  )
}
