import { Button, Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PRESET_LABEL, type PeriodPreset, type TrendUnit } from '@shared/figures'
import { named } from '@/components/a11y'
import type { DashboardStore } from './DashboardStore'

const PRESETS: PeriodPreset[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'custom']
const UNITS: Array<[TrendUnit, string]> = [
  ['day', '按日'],
  ['week', '按周'],
  ['month', '按月'],
]

function Chips<K extends string>(props: {
  items: Array<[K, string]>
  on: K
  pick: (k: K) => void
}) {
  return (
    <View className='dashboard__chips'>
      {props.items.map(([k, label]) => (
        <Text
          key={k}
          className={`dashboard__chip ${props.on === k ? 'dashboard__chip--on' : ''}`}
          onClick={() => props.pick(k)}
        >
          {label}
        </Text>
      ))}
    </View>
  )
}

/** The period (with a custom range's dates), the scope, the trend's unit and 导出 in one bar. */
export const Controls = observer(function Controls(props: {
  store: DashboardStore
  exporting: boolean
  onExport: () => void
}) {
  const { store } = props
  const { from, to } = store.period
  return (
    <View className='dashboard__controls'>
      <Chips
        items={PRESETS.map((p) => [p, PRESET_LABEL[p]])}
        on={store.preset}
        pick={(p) => store.choose(p)}
      />
      <View className='dashboard__period'>
        {store.preset === 'custom' ? (
          <>
            <Picker
              mode='date'
              value={from}
              onChange={(e) => store.setCustom('from', e.detail.value)}
            >
              <Text className='dashboard__date'>{from}</Text>
            </Picker>
            <Text> 至 </Text>
            <Picker mode='date' value={to} onChange={(e) => store.setCustom('to', e.detail.value)}>
              <Text className='dashboard__date'>{to}</Text>
            </Picker>
          </>
        ) : (
          <Text className='muted'>
            {from} 至 {to}
          </Text>
        )}
      </View>
      {/* The district's streets side by side: the period alone (no scope, unit or export). */}
      {store.showingStreets ? null : (
        <ByStreet store={store} exporting={props.exporting} onExport={props.onExport} />
      )}
    </View>
  )
})

/** What narrows, groups and exports one street's figures. */
const ByStreet = observer(function ByStreet(props: {
  store: DashboardStore
  exporting: boolean
  onExport: () => void
}) {
  const { store } = props
  const scopes = store.scopes
  return (
    <>
      <Picker
        mode='selector'
        range={scopes.map((o) => o.label)}
        onChange={(e) => store.setScope(scopes[Number(e.detail.value)].scope)}
        {...named('统计范围')}
      >
        <Text className='dashboard__scope'>范围：{store.scopeLabel} ▾</Text>
      </Picker>
      <Chips items={UNITS} on={store.unit} pick={(u) => store.setUnit(u)} />
      <Button
        className='btn-primary dashboard__export'
        loading={props.exporting}
        onClick={props.onExport}
      >
        导出 Excel
      </Button>
    </>
  )
})
