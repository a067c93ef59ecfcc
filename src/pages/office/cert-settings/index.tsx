import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { CatalogueEntry, CatalogueSettings } from '@shared/contracts/certificate'
import { useNotice } from '@/components/Notice/useNotice'
import { rolePage } from '@/components/RoleGate'
import { pageWhile } from '@/components/StatusView'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { CalendarForm } from './CalendarForm'
import { CertSettingsStore } from './CertSettingsStore'
import { WordingForm } from './WordingForm'
import { named } from '@/components/a11y'

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

/** The settings of a type the office may change: the switches, then the numbers. */
const SWITCHES: Array<['enabled' | 'promiseAllowed', string]> = [
  ['enabled', '开放网上办理'],
  ['promiseAllowed', '允许告知承诺'],
]
const NUMBERS: Array<['timeLimitDays' | 'validityMonths', string]> = [
  ['timeLimitDays', '办结时限（工作日）'],
  ['validityMonths', '有效期（月）'],
]

/**
 * 办理设置 (street office, its own street's): open or pause a certificate type, its time limit and
 * validity; the working-day calendar the time limits are counted in; the wording of its certificates.
 */
function CertSettingsPage() {
  const { services, reference } = useStores()
  const [store] = useState(() => new CertSettingsStore(services.cloud, reference))
  const { catalogue } = store
  const types = catalogue.value ?? []
  const [drafts, setDrafts] = useState<Record<string, Draft>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  // The card last saved says so, under its own 保存 (长辈版's status line; a toast otherwise).
  const [saved, setSaved] = useState('')
  const notice = useNotice()
  const load = () =>
    void catalogue.reload().then((ts) => {
      if (ts) setDrafts(Object.fromEntries(ts.map((t) => [t.key, draftOf(t)])))
    })
  useDidShow(load)
  const patch = (key: string, change: Partial<Draft>) =>
    setDrafts({ ...drafts, [key]: { ...drafts[key], ...change } })
  const save = async (d: Draft) => {
    try {
      await store.save({
        ...d,
        timeLimitDays: Number(d.timeLimitDays),
        validityMonths: Number(d.validityMonths),
      })
      setErrors({ ...errors, [d.key]: '' })
      setSaved(d.key)
      notice.tell('已保存')
    } catch (e) {
      setErrors({ ...errors, [d.key]: (e as Error).message })
    }
  }
  const wait = pageWhile(catalogue, load)
  if (wait) return wait
  return (
    <View className='page'>
      {/* A reload that failed keeps the settings shown, and says so. */}
      {catalogue.status === 'error' ? <LoadError error={catalogue.error} onRetry={load} /> : null}
      {types.map((t) => {
        const d = drafts[t.key]
        if (!d) return null
        return (
          <View key={t.key} className='card'>
            <Text className='card-title'>{t.name}</Text>
            {SWITCHES.map(([key, label]) => (
              <View key={key} className='field__actions'>
                <Text>{label}</Text>
                <Switch
                  {...named(`${t.name}：${label}`)}
                  checked={d[key]}
                  onChange={(e) => patch(t.key, { [key]: e.detail.value })}
                />
              </View>
            ))}
            {NUMBERS.map(([key, label]) => (
              <View key={key} className='field'>
                <Text className='field__label'>{label}</Text>
                <Input
                  {...named(`${t.name}：${label}`)}
                  className='field__input'
                  type='number'
                  value={d[key]}
                  onInput={(e) => patch(t.key, { [key]: e.detail.value })}
                />
              </View>
            ))}
            {errors[t.key] ? <Text className='field__error'>{errors[t.key]}</Text> : null}
            {saved === t.key ? notice.status : null}
            <Button className='btn-primary' onClick={() => void save(d)}>
              保存
            </Button>
          </View>
        )
      })}
      <CalendarForm store={store} />
      <WordingForm store={store} />
    </View>
  )
}

export default rolePage('office', observer(CertSettingsPage))
