import { Button, Input, Switch, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { CatalogueEntry, CatalogueSettings } from '@shared/contracts/certificate'
import { useStores } from '@/stores/context'
import { CalendarForm } from './CalendarForm'

type Draft = Omit<CatalogueSettings, 'timeLimitDays' | 'validityMonths'> & {
  timeLimitDays: string
  validityMonths: string
}
const draftOf = (t: CatalogueEntry): Draft => ({
  key: t.key,
  enabled: t.enabled,
  timeLimitDays: String(t.timeLimitDays),
  validityMonths: String(t.validityMonths),
  promiseAllowed: !!t.promise,
})

/**
 * 办理设置 (street office): open or pause a certificate type, its time limit and validity; and the
 * working-day calendar the time limits are counted in.
 */
export default function CertSettingsPage() {
  const { services } = useStores()
  const [types, setTypes] = useState<CatalogueEntry[]>([])
  const [drafts, setDrafts] = useState<Record<string, Draft>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  useDidShow(() => {
    void services.cloud.call('certificate.catalogue', {}).then(({ types: ts }) => {
      setTypes(ts)
      setDrafts(Object.fromEntries(ts.map((t) => [t.key, draftOf(t)])))
    })
  })
  const patch = (key: string, change: Partial<Draft>) =>
    setDrafts({ ...drafts, [key]: { ...drafts[key], ...change } })
  const save = async (d: Draft) => {
    try {
      await services.cloud.call('certificate.saveType', {
        ...d,
        timeLimitDays: Number(d.timeLimitDays),
        validityMonths: Number(d.validityMonths),
      })
      setErrors({ ...errors, [d.key]: '' })
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (e) {
      setErrors({ ...errors, [d.key]: (e as Error).message })
    }
  }
  return (
    <View className='page'>
      {types.length === 0 ? <Text className='muted'>加载中…</Text> : null}
      {types.map((t) => {
        const d = drafts[t.key]
        if (!d) return null
        return (
          <View key={t.key} className='card'>
            <Text className='card-title'>{t.name}</Text>
            <View className='field__actions'>
              <Text>开放网上办理</Text>
              <Switch
                checked={d.enabled}
                onChange={(e) => patch(t.key, { enabled: e.detail.value })}
              />
            </View>
            <View className='field__actions'>
              <Text>允许告知承诺</Text>
              <Switch
                checked={d.promiseAllowed}
                onChange={(e) => patch(t.key, { promiseAllowed: e.detail.value })}
              />
            </View>
            <View className='field'>
              <Text className='field__label'>办结时限（工作日）</Text>
              <Input
                className='field__input'
                type='number'
                value={d.timeLimitDays}
                onInput={(e) => patch(t.key, { timeLimitDays: e.detail.value })}
              />
            </View>
            <View className='field'>
              <Text className='field__label'>有效期（月）</Text>
              <Input
                className='field__input'
                type='number'
                value={d.validityMonths}
                onInput={(e) => patch(t.key, { validityMonths: e.detail.value })}
              />
            </View>
            {errors[t.key] ? <Text className='field__error'>{errors[t.key]}</Text> : null}
            <Button className='btn-primary' onClick={() => void save(d)}>
              保存
            </Button>
          </View>
        )
      })}
      <CalendarForm cloud={services.cloud} />
    </View>
  )
}
