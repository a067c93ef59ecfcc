import { Button, Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { SlaSettings } from '@shared/contracts/sla'
import { rolePage } from '@/components/RoleGate'
import { useStores } from '@/stores/context'
import { LimitsStore } from './LimitsStore'
import './index.css'
import { pageWhile } from '@/components/StatusView'
import { named } from '@/components/a11y'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { useNotice } from '@/components/Notice/useNotice'
import PageHeading from '@/components/PageHeading'

type Group = 'simple' | 'complex'
type Urgency = 'normal' | 'urgent'
const ROWS: Array<[Group, Urgency, string]> = [
  ['simple', 'normal', '一般问题 · 普通'],
  ['simple', 'urgent', '一般问题 · 紧急'],
  ['complex', 'normal', '复杂问题 · 普通'],
  ['complex', 'urgent', '复杂问题 · 紧急'],
]
type Cell = { accept: string; resolve: string }
const hours = (min: number) => String(Math.round((min / 60) * 100) / 100)

/**
 * 时限设置 (street office): hours to accept and to resolve per kind of problem and urgency, and
 * the days before an unanswered 已办结 closes by itself. New reports get the new limits.
 */
function LimitsPage() {
  const pageClass = usePageClass()
  const notice = useNotice()
  const { services } = useStores()
  const [store] = useState(() => new LimitsStore(services.cloud))
  const saved = store.settings.value
  const [cells, setCells] = useState<Record<string, Cell>>({})
  const [days, setDays] = useState('')
  const [error, setError] = useState('')
  const fill = (s: SlaSettings | null) => {
    if (!s) return
    setDays(String(s.autoCloseDays))
    const c: Record<string, Cell> = {}
    for (const [g, u] of ROWS) {
      const l = s.limits[g][u]
      c[`${g}.${u}`] = { accept: hours(l.acceptMin), resolve: hours(l.resolveMin) }
    }
    setCells(c)
  }
  const load = () => void store.settings.reload().then(fill)
  useDidShow(load)
  const save = async () => {
    if (!saved) return
    const limits = {
      ...saved.limits,
      simple: { ...saved.limits.simple },
      complex: { ...saved.limits.complex },
    }
    for (const [g, u] of ROWS) {
      const c = cells[`${g}.${u}`]
      limits[g][u] = {
        acceptMin: Math.round(Number(c.accept) * 60),
        resolveMin: Math.round(Number(c.resolve) * 60),
      }
    }
    try {
      await store.save({ limits, autoCloseDays: Number(days) })
      setError('')
      notice.tell('已保存')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const wait = pageWhile(store.settings, load)
  if (wait || !saved) return wait
  const set = (key: string, part: keyof Cell, v: string) =>
    setCells({ ...cells, [key]: { ...cells[key], [part]: v } })
  return (
    <View className={pageClass}>
      <PageHeading title='时限设置' />
      <View className='card'>
        <View className='limits__row limits__head'>
          <Text className='limits__name'>类别</Text>
          <Text>受理（小时）</Text>
          <Text>办结（小时）</Text>
        </View>
        {ROWS.map(([g, u, label]) => (
          <View key={`${g}.${u}`} className='limits__row'>
            <Text className='limits__name'>{label}</Text>
            <Input
              {...named(`${label}：受理（小时）`)}
              className='field__input limits__input'
              type='digit'
              value={cells[`${g}.${u}`]?.accept}
              onInput={(e) => set(`${g}.${u}`, 'accept', e.detail.value)}
            />
            <Input
              {...named(`${label}：办结（小时）`)}
              className='field__input limits__input'
              type='digit'
              value={cells[`${g}.${u}`]?.resolve}
              onInput={(e) => set(`${g}.${u}`, 'resolve', e.detail.value)}
            />
          </View>
        ))}
        <View className='field limits__days'>
          <Text className='field__label'>已办结后无回复自动结案（天）</Text>
          <Input
            {...named('已办结后无回复自动结案（天）')}
            className='field__input'
            type='number'
            value={days}
            onInput={(e) => setDays(e.detail.value)}
          />
        </View>
        {error ? <Text className='field__error'>{error}</Text> : null}
        <Button className='btn-primary' onClick={() => void save()}>
          保存
        </Button>
        {notice.status}
      </View>
    </View>
  )
}

export default rolePage('office', observer(LimitsPage))
