import { Button, Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { STREET_NAME_MAX } from '@shared/street-onboard'
import { useNotice } from '@/components/Notice/useNotice'
import { LoadError } from '@/components/StatusView/LoadError'
import type { StreetsStore } from './StreetsStore'

const FieldError = ({ text }: { text?: string }) =>
  text ? <Text className='field__error'>{text}</Text> : null

/**
 * The district's first step: which street the file goes into — one of the district's streets,
 * or a new one (名称 and 代码, both unique in the district; the code opens its report numbers).
 */
export const StreetPicker = observer(function StreetPicker({ store }: { store: StreetsStore }) {
  useEffect(() => void store.streets.show(), [store])
  const { errors, streets } = store
  const notice = useNotice()
  const create = async () => {
    if (await store.create()) notice.tell('已新建街道')
  }
  return (
    <View className='card'>
      <Text className='card-title'>选择街道</Text>
      <Text className='muted'>区级账号可为新街道建档并导入其数据；街道账号只能导入本街道。</Text>
      {streets.status === 'error' && streets.value === null ? (
        <LoadError error={streets.error} onRetry={() => void streets.reload()} />
      ) : streets.value === null ? (
        <Text className='muted'>加载中…</Text>
      ) : (
        <View className='field__actions'>
          {streets.value.map((s) => (
            <Text
              key={s.id}
              className={`chip ${store.chosen === s.id ? 'chip--on' : ''}`}
              onClick={() => store.choose(s.id)}
            >
              {s.name}（{s.code}）
            </Text>
          ))}
        </View>
      )}
      <Text className='muted'>
        {store.chosen ? `将导入到：${store.chosenName}` : '请选择一个街道，或在下面新建'}
      </Text>
      <Text className='card-title'>新建街道</Text>
      {notice.status}
      <Input
        className='field__input'
        placeholder='街道名称，如 凤凰岭街道'
        maxlength={STREET_NAME_MAX}
        value={store.name}
        onInput={(e) => store.set('name', e.detail.value)}
      />
      <FieldError text={errors.name} />
      <Input
        className='field__input'
        placeholder='街道代码：两个英文字母，如 FH'
        maxlength={2}
        value={store.code}
        onInput={(e) => store.set('code', e.detail.value.toUpperCase())}
      />
      <FieldError text={errors.code} />
      <FieldError text={errors.form} />
      <Button className='btn-primary' loading={store.saving} onClick={() => void create()}>
        新建街道
      </Button>
    </View>
  )
})
