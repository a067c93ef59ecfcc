import { Button, Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { STAND_IN_DAYS_MAX } from '@shared/grid/stand-in'
import type { StandInStore } from './StandInStore'

const FieldError = ({ text }: { text?: string }) =>
  text ? <Text className='field__error'>{text}</Text> : null

/**
 * 设置代岗 for the grid StandInStore has open: who, from, to, with each rule's message. The form
 * closes once saved, so the page that holds it says so (`onSaved`: a toast, or its status line in
 * 长辈版).
 */
export const StandInForm = observer(function StandInForm({
  store,
  onSaved,
}: {
  store: StandInStore
  onSaved: (text: string) => void
}) {
  const { errors } = store
  const save = async () => {
    if (await store.submit()) onSaved('已设置代岗')
  }
  return (
    <View className='ledger__form'>
      <Text className='muted'>
        代班人选一位其他网格的网格员；代班期间由其处理本网格的待办和新报事，最长 {STAND_IN_DAYS_MAX}{' '}
        天，到期自动结束。
      </Text>
      <View className='field__actions'>
        {store.candidates.map((w) => (
          <Text
            key={w.openid}
            className={`chip ${store.openid === w.openid ? 'chip--on' : ''}`}
            onClick={() => store.set('openid', w.openid)}
          >
            {w.name}（{w.gridName}）
          </Text>
        ))}
        {store.candidates.length ? null : <Text className='muted'>没有其他在岗的网格员</Text>}
      </View>
      <FieldError text={errors.openid} />
      <View className='field__actions'>
        <Picker mode='date' value={store.from} onChange={(e) => store.set('from', e.detail.value)}>
          <Text className='chip'>开始：{store.from || '请选择'} ▾</Text>
        </Picker>
        <Picker mode='date' value={store.to} onChange={(e) => store.set('to', e.detail.value)}>
          <Text className='chip'>结束：{store.to || '请选择'} ▾</Text>
        </Picker>
      </View>
      <FieldError text={errors.from} />
      <FieldError text={errors.to} />
      <FieldError text={errors.form} />
      <View className='field__actions'>
        <Button className='btn-primary' loading={store.saving} onClick={() => void save()}>
          确定代岗
        </Button>
        <Button onClick={() => store.close()}>取消</Button>
      </View>
    </View>
  )
})
