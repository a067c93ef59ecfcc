import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { HandlerOption } from '@shared/contracts/grid'
import { beijingDay } from '@shared/time'
import { LoadError } from '@/components/StatusView/LoadError'
import type { LedgerStore } from './LedgerStore'

/** 邀请工作人员: a one-time code (7 days) for a new grid worker or a property staff member. */
export const InviteForm = observer(function InviteForm({ store }: { store: LedgerStore }) {
  const cached = store.reference.handlers
  const handlers = cached.value ?? []
  const [pick, setPick] = useState<HandlerOption | null>(null)
  const [name, setName] = useState('')
  const [result, setResult] = useState('')
  const [error, setError] = useState('')
  useEffect(() => void cached.show(), [cached])
  const create = async () => {
    setError('')
    if (!pick) return setError('请选择网格或物业公司')
    try {
      const r = await store.invite(pick, name)
      const code = r.code.replace(/(.{4})/, '$1-')
      setResult(`${code}（${beijingDay(r.expiresAt)} 前有效，仅限一人使用）`)
      void Taro.setClipboardData({ data: code }).catch(() => undefined)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <View className='card'>
      <Text className='card-title'>邀请工作人员</Text>
      <Picker
        mode='selector'
        range={handlers.map((h) => `${h.kind === 'grid' ? '网格员' : '物业'} · ${h.name}`)}
        onChange={(e) => setPick(handlers[Number(e.detail.value)])}
      >
        <View className='field__input'>
          {pick ? pick.name : '选择网格（网格员）或物业公司（物业人员）'}
        </View>
      </Picker>
      <Input
        className='field__input ledger__name'
        placeholder='受邀人姓名'
        value={name}
        onInput={(e) => setName(e.detail.value)}
      />
      {cached.status === 'error' ? (
        <LoadError error={cached.error} onRetry={() => void cached.show()} />
      ) : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
      <Button className='btn-primary' onClick={() => void create()}>
        生成邀请码
      </Button>
      {result ? <View className='notice ledger__code'>邀请码 {result}，已复制</View> : null}
    </View>
  )
})
